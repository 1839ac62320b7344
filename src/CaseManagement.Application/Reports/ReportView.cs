namespace CaseManagement.Application.Reports;

/// <summary>A value as it may be shown: withheld values carry nothing but the fact that they are withheld ("&lt;5").</summary>
public sealed record FigureView(long? N, long? Of, decimal? Value, bool Suppressed)
{
    public static FigureView From(Figure figure, bool suppressed) =>
        suppressed ? new FigureView(null, null, null, true) : new FigureView(figure.N, figure.Of, figure.Value, false);
}

public sealed record IndicatorView(string Code, FigureKind Kind, FigureView Month, FigureView? YearToDate, FigureView? LastYear);

/// <summary>A row of a breakdown; a withheld cell is null.</summary>
public sealed record RowView(string Key, IReadOnlyList<long?> Cells);

public sealed record TableView(string Code, string Dimension, IReadOnlyList<string> Columns, IReadOnlyList<RowView> Rows, RowView Total);

/// <summary>
/// The figures of a report as they may be shown to a reader: exactly (the unit's supervisors, marked internal) or under
/// disclosure control (everything that leaves the unit).
/// </summary>
public sealed record FiguresView(bool Internal, IReadOnlyDictionary<string, IndicatorView> Indicators, IReadOnlyDictionary<string, TableView> Tables,
    IReadOnlyList<MonthValueView> NewChildrenByMonth)
{
    public static FiguresView Of(IndicatorSet set, bool exact)
    {
        var disclosure = exact ? null : Disclosure.Protect(set);
        bool Withheld(Indicator i, ReportColumn c) => disclosure?.IsSuppressed(i, c) == true;
        var indicators = set.Indicators.ToDictionary(i => i.Code, i => new IndicatorView(i.Code, i.Kind,
            FigureView.From(i.Month, Withheld(i, ReportColumn.Month)),
            i.YearToDate is { } y ? FigureView.From(y, Withheld(i, ReportColumn.YearToDate)) : null,
            i.LastYear is { } l ? FigureView.From(l, Withheld(i, ReportColumn.LastYear)) : null));
        var tables = set.Tables.ToDictionary(t => t.Code, t => new TableView(t.Code, t.Dimension, t.Columns,
            t.Rows.Select((r, ri) => new RowView(r.Key, r.Cells.Select((v, ci) => disclosure?.IsSuppressed(t, ri, ci) == true ? null : (long?)v).ToList())).ToList(),
            new RowView(t.Total.Key, t.Total.Cells.Select((v, ci) => disclosure?.IsSuppressed(t, -1, ci) == true ? null : (long?)v).ToList())));
        var series = set.NewChildrenByMonth.Select(m => new MonthValueView(m.Year, m.Month, !exact && Disclosure.IsSuppressed(m) ? null : m.Value)).ToList();
        return new FiguresView(exact, indicators, tables, series);
    }
}

public sealed record MonthValueView(int Year, int Month, long? Value);
