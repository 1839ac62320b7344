namespace CaseManagement.Application.Reports;

public enum FigureKind
{
    /// <summary>A number of children, reports, services… (<see cref="Figure.N"/>).</summary>
    Count,

    /// <summary>A share: <see cref="Figure.N"/> out of <see cref="Figure.Of"/>.</summary>
    Rate,

    /// <summary>A mean number of days (or cases) in <see cref="Figure.Value"/>, over <see cref="Figure.N"/> items.</summary>
    Mean,

    /// <summary>A median number of days in <see cref="Figure.Value"/>, over <see cref="Figure.N"/> items.</summary>
    Median,

    /// <summary>A total quantity that need not be whole (hours) in <see cref="Figure.Value"/>, over <see cref="Figure.N"/> items.</summary>
    Quantity,
}

/// <summary>One value of an indicator for one period. Integers, and one decimal for means and medians, so that the snapshot is exact.</summary>
public sealed record Figure(long N, long? Of = null, decimal? Value = null)
{
    public static Figure Count(long n) => new(n);

    public static Figure Rate(long n, long of) => new(n, of);

    public static Figure Average(decimal? value, long n) => new(n, null, value);
}

/// <summary>
/// An indicator with a stable code (A3, C1…) for the month, the year to date and the same month of the previous year.
/// Stock indicators (at the end of the month) have no year-to-date value; the caseload (current assignments) no last-year value.
/// </summary>
public sealed record Indicator(string Code, FigureKind Kind, Figure Month, Figure? YearToDate, Figure? LastYear);

/// <summary>One line of a breakdown table: a coded key (a concern, a commune, an age band…) and its cells.</summary>
public sealed record TableRow(string Key, IReadOnlyList<long> Cells);

/// <summary>
/// A breakdown of the month: rows keyed by codes of <see cref="Dimension"/>, cells in <see cref="Columns"/> (F, M, T for
/// children by sex with their total, N for a single count). <see cref="Total"/> counts distinct children (or items), so it
/// is the sum of the rows only when nobody is in two rows.
/// </summary>
public sealed record IndicatorTable(string Code, string Dimension, IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows, TableRow Total)
{
    /// <summary>The indicator whose month value is this table's total (the same cell, shown in both places).</summary>
    public string? TotalOf { get; init; }

    /// <summary>Rows whose total is also an indicator's month value (the children on the move among all concerns is B3.4).</summary>
    public IReadOnlyDictionary<string, string>? RowIndicators { get; init; }

    public const string Female = "F";
    public const string Male = "M";
    public const string Both = "T";
    public const string Number = "N";

    public static readonly IReadOnlyList<string> BySex = [Female, Male, Both];
    public static readonly IReadOnlyList<string> CountOnly = [Number];

    /// <summary>Whether each counted child or item is in exactly one row (then the rows add up to the total).</summary>
    public bool Additive => Columns.Select((_, i) => Rows.Sum(r => r.Cells[i]) == Total.Cells[i]).All(x => x);
}

/// <summary>New children taken in charge in each of the twelve months ending with the report's.</summary>
public sealed record MonthValue(int Year, int Month, long Value);

/// <summary>A name in both languages, for codes whose labels are data (communes, establishments).</summary>
public sealed record Names(string Fr, string Ar);

/// <summary>The thresholds the figures were computed with (the unit's timeliness standards at the time).</summary>
public sealed record ReportParameters
{
    public int TriageHours { get; init; } = 24;
    public int EvaluationDays { get; init; }
    public int UrgentEvaluationDays { get; init; }
    public int PlanDays { get; init; }
    public int ReferralFeedbackDays { get; init; }
    public int LateEntryDays { get; init; } = 7;
    public int PeiReviewMonths { get; init; } = 6;
}

/// <summary>Everything computed for a unit and a month: the indicators, the month's breakdowns, the 12-month series and the names of coded places.</summary>
public sealed record IndicatorSet
{
    public int Year { get; init; }
    public int Month { get; init; }
    public string TimeZone { get; init; } = string.Empty;
    public ReportParameters Parameters { get; init; } = new();
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public IReadOnlyList<IndicatorTable> Tables { get; init; } = [];
    public IReadOnlyList<MonthValue> NewChildrenByMonth { get; init; } = [];
    public IReadOnlyDictionary<string, Names> Names { get; init; } = new Dictionary<string, Names>();

    public Indicator? Find(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    public IndicatorTable? Table(string code) => Tables.FirstOrDefault(t => t.Code == code);
}
