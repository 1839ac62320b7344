using CaseManagement.Application.Reports;
using CaseManagement.Documents;
using CaseManagement.Documents.Layout;

namespace CaseManagement.Application.Documents;

/// <summary>
/// The monthly protection report (rapport mensuel / التقرير الشهري) of a unit to the provincial authorities, rendered from
/// its validated snapshot and nothing else, in Arabic (right to left) or French: a cover with the unit, province, month,
/// edition, validation and hash, and the key figures; then the sections of the brief with their indicators (month, year
/// to date, same month last year), breakdowns and charts; the narratives; data quality; and an annex defining every
/// indicator. Everything shown is under disclosure control (values from 1 to 4 as "&lt;5"); nothing names a child.
/// </summary>
public static class MonthlyReportDocument
{
    public static Document Compose(ReportSnapshot snapshot, DocumentText L)
    {
        var text = new ReportText(L);
        var figures = FiguresView.Of(snapshot.Figures, exact: false);
        var names = snapshot.Figures.Names;
        var unitName = L.RightToLeft ? snapshot.Unit.NameAr : snapshot.Unit.Name;
        var provinceName = L.RightToLeft ? snapshot.Province.NameAr : snapshot.Province.Name;
        var reference = $"{snapshot.Unit.Code}-{new ReportMonth(snapshot.Year, snapshot.Month)}-{snapshot.Edition}";
        var stamp = new DocumentStamp(snapshot.Unit.Name, snapshot.Unit.NameAr, snapshot.Validation.By, snapshot.Validation.At, snapshot.Figures.TimeZone, reference);
        var title = L.Format(L["Report.Title"], text.MonthName(snapshot.Year, snapshot.Month));
        var zone = Security.UnitClock.Zone(snapshot.Figures.TimeZone);

        return DocumentFrame.Create(L, stamp, title, body =>
        {
            body.Fields(
                (L["Report.Unit"], $"{unitName} ({DocumentText.Isolate(snapshot.Unit.Code)})"),
                (L["Report.Province"], provinceName),
                (L["Report.Period"], text.MonthName(snapshot.Year, snapshot.Month)),
                (L["Report.Edition"], snapshot.Corrects is { } corrects
                    ? L.Format(L["Report.CorrectsEdition"], snapshot.Edition, corrects.Edition, corrects.Reason)
                    : snapshot.Edition.ToString(L.Culture)),
                (L["Report.Status"], L.Format(L["Report.ValidatedOnBy"], L.DateTime(snapshot.Validation.At, zone), snapshot.Validation.By)),
                (L["Report.Hash"], DocumentText.Isolate(Hash(snapshot))));
            body.Paragraph(L["Report.Disclosure"]);

            body.Section(L["Report.KeyFigures"]);
            IndicatorTable(body, text, figures, ReportCatalogue.KeyFigures);
            body.Item().PaddingTop(8).KeepTogether().Column(chart =>
            {
                chart.Item().Text(L["Report.Chart.NewChildren"]).Bold();
                chart.Item().PaddingTop(4).BarChart(figures.NewChildrenByMonth.Select(m => new BarChartItem(
                    new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMM yyyy", L.Culture),
                    m.Value ?? 0, m.Value is { } v ? v.ToString("N0", L.Culture) : text.Withheld)));
            });

            foreach (var section in ReportCatalogue.Sections)
            {
                body.Section(text.Section(section.Key));
                IndicatorTable(body, text, figures, section.Indicators);
                foreach (var code in section.Tables)
                {
                    if (figures.Tables.TryGetValue(code, out var table))
                        Breakdown(body, text, table, names);
                }

                if (section.Key == "Profile")
                {
                    Chart(body, text, figures.Tables["B1.primary"], names, L["Report.Chart.PrimaryConcerns"]);
                    Chart(body, text, figures.Tables["B2.commune"], names, L["Report.Chart.Communes"]);
                }

                if (section.Key == "Prevention")
                    Narratives(body, L, snapshot);
            }

            body.Item().PageBreak();
            body.Section(L["Report.Annex"]);
            body.DataTable(L, [0.8f, 2.2f, 5], [L["Report.Code"], L["Report.Indicator"], L["Report.Definition"]],
                ReportCatalogue.AllIndicators.Select(code => new[] { DocumentText.Isolate(code), text.Indicator(code), text.Definition(code, snapshot.Figures.Parameters) }));
            body.Paragraph(L["Report.AnnexNote"]);
        }, referenceLabel: "Report.Reference");
    }

    /// <summary>The hash in groups of eight, so that a reader can compare it by eye.</summary>
    private static string Hash(ReportSnapshot snapshot)
    {
        var hash = CanonicalJson.Sha256(CanonicalJson.Serialize(snapshot));
        return string.Join(' ', Enumerable.Range(0, hash.Length / 8).Select(i => hash.Substring(i * 8, 8)));
    }

    private static void IndicatorTable(ColumnDescriptor body, ReportText text, FiguresView figures, IEnumerable<string> codes)
    {
        var L = text.Strings;
        body.DataTable(L, [0.7f, 4, 1.3f, 1.3f, 1.3f],
            [L["Report.Code"], L["Report.Indicator"], L["Report.Column.Month"], L["Report.Column.YearToDate"], L["Report.Column.LastYear"]],
            codes.Where(figures.Indicators.ContainsKey).Select(code =>
            {
                var i = figures.Indicators[code];
                return new[] { DocumentText.Isolate(code), text.Indicator(code), text.Value(i, i.Month), text.Value(i, i.YearToDate), text.Value(i, i.LastYear) };
            }));
    }

    private static void Breakdown(ColumnDescriptor body, ReportText text, TableView table, IReadOnlyDictionary<string, Names> names)
    {
        var L = text.Strings;
        float[] widths = [4f, .. table.Columns.Select(_ => 1.2f)];
        var headers = new[] { L[$"Report.Dimension.{table.Dimension}"] }.Concat(table.Columns.Select(text.Column)).ToArray();
        var rows = table.Rows.Select(r => new[] { text.Row(table, r.Key, names) }.Concat(r.Cells.Select(text.Number)).ToArray())
            .Append([L["Report.Total"], .. table.Total.Cells.Select(text.Number)]);
        // The title stays with its table (a short breakdown moves whole to the next page rather than leaving its title behind).
        body.Item().PaddingTop(8).KeepTogether().Column(block =>
        {
            block.Item().Text(text.Table(table.Code)).Bold();
            block.DataTable(L, widths, headers, table.Rows.Count == 0 ? [] : rows);
        });
    }

    private static void Chart(ColumnDescriptor body, ReportText text, TableView table, IReadOnlyDictionary<string, Names> names, string title)
    {
        var column = table.Columns.Count - 1; // the total of the row
        var rows = table.Rows.Where(r => r.Cells[column] is not 0).OrderByDescending(r => r.Cells[column] ?? 0).Take(12).ToList();
        if (rows.Count == 0)
            return;
        body.Item().PaddingTop(8).KeepTogether().Column(chart =>
        {
            chart.Item().Text(title).Bold();
            chart.Item().PaddingTop(4).BarChart(rows.Select(r => new BarChartItem(text.Row(table, r.Key, names), r.Cells[column] ?? 0, text.Number(r.Cells[column]))));
        });
    }

    private static void Narratives(ColumnDescriptor body, DocumentText L, ReportSnapshot snapshot)
    {
        var n = snapshot.Narratives;
        var arabic = L.RightToLeft;
        body.Section(L["Report.Section.Narratives"]);
        foreach (var (key, ar, fr) in new[]
                 {
                     ("NotableFacts", n.NotableFactsAr, n.NotableFactsFr), ("Difficulties", n.DifficultiesAr, n.DifficultiesFr),
                     ("Bottlenecks", n.BottlenecksAr, n.BottlenecksFr), ("Recommendations", n.RecommendationsAr, n.RecommendationsFr),
                 })
        {
            body.Item().PaddingTop(6).Text(L[$"Report.Narrative.{key}"]).Bold();
            body.Paragraph(arabic ? ar : fr, L["Report.NothingToReport"]);
        }
    }
}
