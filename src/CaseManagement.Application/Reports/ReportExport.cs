using System.Globalization;
using System.Text;
using CaseManagement.Application.Documents;
using MiniExcelLibs;

namespace CaseManagement.Application.Reports;

/// <summary>A file to download: its name, media type and bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Every indicator and every breakdown of a published report as CSV (one long table: code, label, row, column, value) or
/// XLSX (one sheet of indicators, one sheet per breakdown), headers in the requested language, under the same disclosure
/// control as the PDF: withheld values are "&lt;5", and nothing names a child.
/// </summary>
public static class ReportExport
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly ReportColumn[] Periods = [ReportColumn.Month, ReportColumn.YearToDate, ReportColumn.LastYear];

    public static byte[] Csv(ReportSnapshot snapshot, DocumentText L)
    {
        var text = new ReportText(L);
        var builder = new StringBuilder();
        void Line(params string[] cells) => builder.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        Line(L["Report.Code"], L["Report.Label"], L["Report.Row"], L["Report.ColumnHeader"], L["Report.Value"]);
        foreach (var row in Rows(snapshot, text))
            Line(row.Code, row.Label, row.Row, row.Column, row.Value);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    public static byte[] Xlsx(ReportSnapshot snapshot, DocumentText L)
    {
        var text = new ReportText(L);
        var figures = FiguresView.Of(snapshot.Figures, exact: false);
        var sheets = new Dictionary<string, object>
        {
            [Sheet(L["Report.Sheet.Indicators"])] = ReportCatalogue.AllIndicators.Where(figures.Indicators.ContainsKey).Select(code =>
            {
                var i = figures.Indicators[code];
                return new Dictionary<string, object?>
                {
                    [L["Report.Code"]] = code,
                    [L["Report.Indicator"]] = text.Indicator(code),
                    [text.Column("Month")] = Raw(i, i.Month),
                    [text.Column("YearToDate")] = Raw(i, i.YearToDate),
                    [text.Column("LastYear")] = Raw(i, i.LastYear),
                };
            }).ToList(),
        };
        foreach (var section in ReportCatalogue.Sections)
        {
            foreach (var code in section.Tables.Where(figures.Tables.ContainsKey))
            {
                var table = figures.Tables[code];
                sheets[Sheet(code)] = table.Rows.Select(r => (Label: text.Row(table, r.Key, snapshot.Figures.Names), r.Cells))
                    .Append((Label: L["Report.Total"], table.Total.Cells))
                    .Select(r =>
                    {
                        var line = new Dictionary<string, object?> { [L[$"Report.Dimension.{table.Dimension}"]] = r.Label };
                        for (var c = 0; c < table.Columns.Count; c++)
                            line[text.Column(table.Columns[c])] = r.Cells[c] is { } n ? n : text.Withheld;
                        return line;
                    }).ToList();
            }
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static string FileName(ReportSnapshot snapshot, string language, string extension) =>
        $"rapport-mensuel-{snapshot.Unit.Code}-{new ReportMonth(snapshot.Year, snapshot.Month)}-e{snapshot.Edition}-{language}.{extension}";

    private static IEnumerable<(string Code, string Label, string Row, string Column, string Value)> Rows(ReportSnapshot snapshot, ReportText text)
    {
        var figures = FiguresView.Of(snapshot.Figures, exact: false);
        foreach (var code in ReportCatalogue.AllIndicators.Where(figures.Indicators.ContainsKey))
        {
            var i = figures.Indicators[code];
            foreach (var period in Periods)
            {
                var figure = period switch { ReportColumn.Month => i.Month, ReportColumn.YearToDate => i.YearToDate, _ => i.LastYear };
                if (figure is not null)
                    yield return (code, text.Indicator(code), string.Empty, text.Column(period.ToString()), Raw(i, figure)?.ToString() ?? string.Empty);
            }
        }

        foreach (var code in ReportCatalogue.Sections.SelectMany(s => s.Tables).Where(figures.Tables.ContainsKey))
        {
            var table = figures.Tables[code];
            foreach (var (label, cells) in table.Rows.Select(r => (text.Row(table, r.Key, snapshot.Figures.Names), r.Cells)).Append((text.Strings["Report.Total"], table.Total.Cells)))
            {
                for (var c = 0; c < table.Columns.Count; c++)
                    yield return (code, text.Table(code), label, text.Column(table.Columns[c]), cells[c]?.ToString(CultureInfo.InvariantCulture) ?? text.Withheld);
            }
        }
    }

    /// <summary>A value for a spreadsheet: a number, "n/of" for a rate, "&lt;5" when withheld, empty when there is nothing to measure.</summary>
    private static object? Raw(IndicatorView indicator, FigureView? figure) => figure switch
    {
        null => null,
        { Suppressed: true } => "<5",
        _ when indicator.Kind == FigureKind.Count => figure.N,
        _ when indicator.Kind == FigureKind.Rate => figure.Of is 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{figure.N}/{figure.Of}"),
        _ => figure.Value,
    };

    private static string Sheet(string name) => new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()) is var clean && clean.Length > 31 ? clean[..31] : clean;

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
