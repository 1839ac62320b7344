namespace CaseManagement.Application.Reports;

public enum ReportColumn
{
    Month,
    YearToDate,
    LastYear,
}

/// <summary>
/// Disclosure control for everything that leaves the unit (PDF, CSV/XLSX, the provincial and partner views). A count from
/// 1 to 4 is shown as "&lt;5" (primary suppression). Then, wherever cells add up to a total that is shown — a row's F + M =
/// T, a column's rows = the total row, a table's total or row = the indicator it repeats — a line holding exactly one suppressed
/// cell could give it back by subtraction, so the smallest other non-zero cell of that line (or else its total) is
/// suppressed too, until no line has exactly one (complementary suppression). Cells shown in several places (the total
/// of the children taken in charge, by sex, in every profile table and as A3) are one cell, suppressed everywhere or
/// nowhere. A rate, mean or median over 1 to 4 cases is suppressed. Zeros are shown: they identify nobody.
/// </summary>
public sealed class Disclosure
{
    public const int Threshold = 5;

    private readonly HashSet<string> _suppressed;

    private Disclosure(HashSet<string> suppressed) => _suppressed = suppressed;

    public static bool IsSmall(long n) => n is >= 1 and < Threshold;

    public static Disclosure Protect(IndicatorSet set)
    {
        var values = new Dictionary<string, long>();
        var lines = new List<(string[] Members, string Total)>();
        foreach (var indicator in set.Indicators.Where(i => i.Kind == FigureKind.Count))
        {
            values[IndicatorCell(indicator.Code, ReportColumn.Month)] = indicator.Month.N;
            if (indicator.YearToDate is { } ytd)
                values[IndicatorCell(indicator.Code, ReportColumn.YearToDate)] = ytd.N;
            if (indicator.LastYear is { } lastYear)
                values[IndicatorCell(indicator.Code, ReportColumn.LastYear)] = lastYear.N;
        }

        foreach (var table in set.Tables)
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                    values[TableCell(table, r, c)] = table.Rows[r].Cells[c];
            }

            for (var c = 0; c < table.Columns.Count; c++)
                values[TableCell(table, -1, c)] = table.Total.Cells[c];

            var sexes = table.Columns.SequenceEqual(IndicatorTable.BySex);
            if (sexes)
            {
                for (var r = -1; r < table.Rows.Count; r++)
                    lines.Add(([TableCell(table, r, 0), TableCell(table, r, 1)], TableCell(table, r, 2)));
            }

            // A column adds up to its total only when nobody is counted in two rows.
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Rows.Sum(row => row.Cells[c]) == table.Total.Cells[c])
                    lines.Add((Enumerable.Range(0, table.Rows.Count).Select(r => TableCell(table, r, c)).ToArray(), TableCell(table, -1, c)));
            }
        }

        var suppressed = values.Where(v => IsSmall(v.Value)).Select(v => v.Key).ToHashSet();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (members, total) in lines)
            {
                var cells = members.Append(total).ToList();
                if (cells.Count(suppressed.Contains) != 1)
                    continue;
                var complement = members.Where(m => !suppressed.Contains(m) && values[m] > 0).OrderBy(m => values[m]).ThenBy(m => m, StringComparer.Ordinal)
                    .Cast<string?>().FirstOrDefault() ?? (suppressed.Contains(total) ? null : total);
                if (complement is null)
                    continue;
                suppressed.Add(complement);
                changed = true;
            }
        }

        return new Disclosure(suppressed);
    }

    /// <summary>Whether the indicator's value for the column is withheld.</summary>
    public bool IsSuppressed(Indicator indicator, ReportColumn column)
    {
        var figure = column switch
        {
            ReportColumn.Month => indicator.Month,
            ReportColumn.YearToDate => indicator.YearToDate,
            _ => indicator.LastYear,
        };
        if (figure is null)
            return false;
        return indicator.Kind switch
        {
            FigureKind.Count => _suppressed.Contains(IndicatorCell(indicator.Code, column)),
            FigureKind.Rate => IsSmall(figure.Of ?? 0),
            _ => IsSmall(figure.N),
        };
    }

    /// <summary>Whether a cell of a table is withheld; <paramref name="row"/> −1 is the total row.</summary>
    public bool IsSuppressed(IndicatorTable table, int row, int column) => _suppressed.Contains(TableCell(table, row, column));

    /// <summary>A value of the twelve-month series (each month's count stands alone).</summary>
    public static bool IsSuppressed(MonthValue value) => IsSmall(value.Value);

    private static string IndicatorCell(string code, ReportColumn column) => $"{code}|{column}";

    /// <summary>The total row of a table repeats its indicator: the same cell (its T column is the indicator's month value).</summary>
    private static string TableCell(IndicatorTable table, int row, int column)
    {
        var total = table.Columns[column] is IndicatorTable.Both or IndicatorTable.Number;
        if (row >= 0 && total && table.RowIndicators?.GetValueOrDefault(table.Rows[row].Key) is { } code)
            return IndicatorCell(code, ReportColumn.Month);
        if (row >= 0 || table.TotalOf is null)
            return $"{table.Code}|{row}|{table.Columns[column]}";
        return total ? IndicatorCell(table.TotalOf, ReportColumn.Month) : $"{table.TotalOf}|{table.Columns[column]}";
    }
}
