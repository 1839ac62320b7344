using CaseManagement.Domain.Reports;

namespace CaseManagement.Application.Reports;

/// <summary>
/// Everything a validated report says, frozen at validation: the unit and its province (names as they were), the month
/// and edition, the figures, the narratives and who validated it when. Its canonical JSON and that JSON's SHA-256 are
/// stored; the PDFs and exports are rendered from it and from nothing else.
/// </summary>
public sealed record ReportSnapshot
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;
    public required SnapshotPlace Unit { get; init; }
    public required SnapshotPlace Province { get; init; }
    public int Year { get; init; }
    public int Month { get; init; }
    public int Edition { get; init; }

    /// <summary>For a corrected edition: the edition it replaces (with that one's hash) and why.</summary>
    public SnapshotCorrection? Corrects { get; init; }
    public DateTimeOffset ComputedAt { get; init; }
    public required IndicatorSet Figures { get; init; }
    public required ReportNarratives Narratives { get; init; }
    public required SnapshotValidation Validation { get; init; }
}

public sealed record SnapshotPlace(Guid Id, string Code, string Name, string NameAr);

public sealed record SnapshotCorrection(int Edition, string Hash, string Reason);

public sealed record SnapshotValidation(Guid ById, string By, DateTimeOffset At);
