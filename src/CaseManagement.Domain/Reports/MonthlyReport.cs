namespace CaseManagement.Domain.Reports;

public enum ReportStatus
{
    Draft,
    Validated,
    Sent,
    Superseded,
}

/// <summary>The sections the supervisor writes, in Arabic (official edition) and French (partners' edition). Anonymised by the writer.</summary>
public sealed record ReportNarratives
{
    public const int MaxLength = 4000;

    public string? NotableFactsAr { get; init; }
    public string? NotableFactsFr { get; init; }
    public string? DifficultiesAr { get; init; }
    public string? DifficultiesFr { get; init; }
    public string? BottlenecksAr { get; init; }
    public string? BottlenecksFr { get; init; }
    public string? RecommendationsAr { get; init; }
    public string? RecommendationsFr { get; init; }
}

/// <summary>
/// The monthly protection report of a unit (one per unit, month and edition). A draft prepares itself on the 1st and can
/// be recomputed and written; a supervisor validates it, which freezes the figures, narratives, unit and validator as a
/// snapshot with its SHA-256. A validated report is never edited: it is sent, and can only be superseded by a
/// corrected edition (the old one is kept and marked superseded once the correction is validated).
/// </summary>
public sealed class MonthlyReport : IVersioned, IAudited
{
    private MonthlyReport()
    {
        Indicators = string.Empty;
        Narratives = new ReportNarratives();
    }

    public Guid Id { get; private set; }
    public Guid UnitId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }

    /// <summary>1 for the month's report, 2 and more for corrections.</summary>
    public int Edition { get; private set; }
    public ReportStatus Status { get; private set; }

    /// <summary>The figures computed for the draft (canonical JSON); frozen into the snapshot at validation.</summary>
    public string Indicators { get; private set; }
    public DateTimeOffset ComputedAt { get; private set; }
    public ReportNarratives Narratives { get; private set; }
    public Guid? ValidatedBy { get; private set; }
    public DateTimeOffset? ValidatedAt { get; private set; }

    /// <summary>Everything the report says, frozen at validation (canonical JSON): the PDFs are rendered from it.</summary>
    public string? Snapshot { get; private set; }

    /// <summary>SHA-256 of <see cref="Snapshot"/>'s UTF-8 bytes, lower-case hexadecimal; printed on the PDF.</summary>
    public string? SnapshotHash { get; private set; }
    public DateOnly? SentOn { get; private set; }
    public string? Addressees { get; private set; }
    public Guid? SentBy { get; private set; }

    /// <summary>For a correction: the edition it replaces, and why.</summary>
    public Guid? SupersedesId { get; private set; }
    public string? CorrectionReason { get; private set; }
    public Guid? SupersededById { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who created the draft; empty when the monthly job prepared it.</summary>
    public Guid? CreatedBy { get; private set; }

    public bool IsPublished => Status is ReportStatus.Validated or ReportStatus.Sent or ReportStatus.Superseded;

    public static bool IsValidPeriod(int year, int month) => year is >= 2000 and <= 2100 && month is >= 1 and <= 12;

    public static MonthlyReport Draft(Guid unitId, int year, int month, string indicators, DateTimeOffset at, Guid? by)
    {
        if (!IsValidPeriod(year, month))
            throw new DomainRuleException("Report.InvalidMonth", "The month is not valid.");
        return new MonthlyReport
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            Year = year,
            Month = month,
            Edition = 1,
            Status = ReportStatus.Draft,
            Indicators = indicators,
            ComputedAt = at,
            CreatedAt = at,
            CreatedBy = by,
        };
    }

    public void Recompute(string indicators, DateTimeOffset at)
    {
        RequireDraft();
        Indicators = indicators;
        ComputedAt = at;
    }

    public void WriteNarratives(ReportNarratives narratives)
    {
        RequireDraft();
        Narratives = narratives;
    }

    public void Validate(string snapshot, string hash, Guid by, DateTimeOffset at)
    {
        RequireDraft();
        Status = ReportStatus.Validated;
        Snapshot = snapshot;
        SnapshotHash = hash;
        ValidatedBy = by;
        ValidatedAt = at;
    }

    public void MarkSent(DateOnly on, string addressees, Guid by)
    {
        if (Status != ReportStatus.Validated)
            throw new DomainRuleException("Report.NotValidated", "Only a validated report is sent.");
        if (string.IsNullOrWhiteSpace(addressees))
            throw new DomainRuleException("Report.AddresseesRequired", "Say to whom the report was sent.");
        if (ValidatedAt is { } validated && on < DateOnly.FromDateTime(validated.UtcDateTime.AddDays(-1)))
            throw new DomainRuleException("Report.SentBeforeValidation", "A report is sent after it is validated.");
        Status = ReportStatus.Sent;
        SentOn = on;
        Addressees = addressees.Trim();
        SentBy = by;
    }

    /// <summary>Starts a corrected edition: a new draft with the same narratives, recomputed figures and the reason.</summary>
    public MonthlyReport StartCorrection(string reason, string indicators, DateTimeOffset at, Guid by)
    {
        if (Status is not (ReportStatus.Validated or ReportStatus.Sent))
            throw new DomainRuleException("Report.NotSupersedable", "Only a validated or sent report can be corrected.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("Report.CorrectionNeedsReason", "Say why the report is corrected.");
        return new MonthlyReport
        {
            Id = Guid.NewGuid(),
            UnitId = UnitId,
            Year = Year,
            Month = Month,
            Edition = Edition + 1,
            Status = ReportStatus.Draft,
            Indicators = indicators,
            ComputedAt = at,
            Narratives = Narratives,
            SupersedesId = Id,
            CorrectionReason = reason.Trim(),
            CreatedAt = at,
            CreatedBy = by,
        };
    }

    /// <summary>The correction was validated: this edition stays readable, marked superseded.</summary>
    public void SupersedeWith(Guid correctionId, DateTimeOffset at)
    {
        if (Status is not (ReportStatus.Validated or ReportStatus.Sent))
            throw new DomainRuleException("Report.NotSupersedable", "Only a validated or sent report can be corrected.");
        Status = ReportStatus.Superseded;
        SupersededById = correctionId;
        SupersededAt = at;
    }

    private void RequireDraft()
    {
        if (Status != ReportStatus.Draft)
            throw new DomainRuleException("Report.NotDraft", "A validated report is never edited; supersede it with a correction.");
    }
}

/// <summary>A validated report rendered once from its snapshot, in one language: every download returns these bytes.</summary>
public sealed class MonthlyReportFile
{
    private MonthlyReportFile()
    {
        Language = string.Empty;
        Content = [];
    }

    public MonthlyReportFile(Guid reportId, string language, byte[] content)
    {
        ReportId = reportId;
        Language = language;
        Content = content;
    }

    public Guid ReportId { get; private set; }
    public string Language { get; private set; }
    public byte[] Content { get; private set; }
}
