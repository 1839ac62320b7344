using System.Globalization;
using CaseManagement.Application.Documents;

namespace CaseManagement.Application.Reports;

/// <summary>
/// The report's words and numbers in one language, for the PDF and the exports: indicator names and definitions, table
/// titles, row labels by dimension, and values as shown (withheld ones as "&lt;5"), formatted with the document's culture.
/// </summary>
public sealed class ReportText(DocumentText L)
{
    public DocumentText Strings => L;

    public string Withheld => L["Report.Withheld"];

    public string Indicator(string code) => L[$"Indicator.{code}"];

    /// <summary>The definition, with the thresholds the figures were computed with.</summary>
    public string Definition(string code, ReportParameters p) =>
        L.Format(L[$"Indicator.{code}.Def"], p.EvaluationDays, p.UrgentEvaluationDays, p.PlanDays, p.ReferralFeedbackDays);

    public string Table(string code) => L[$"Table.{code}"];

    public string Section(string key) => L[$"Report.Section.{key}"];

    public string Column(string column) => L[$"Report.Column.{column}"];

    public string MonthName(int year, int month) =>
        new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMMM yyyy", L.Culture);

    public string Row(TableView table, string key, IReadOnlyDictionary<string, Names> names)
    {
        if (key == MonthlyIndicators.Unknown)
            return L["Report.Unknown"];
        return table.Dimension switch
        {
            "AgeBand" => L[$"Report.AgeBand.{key}"],
            "Concern" => $"{key} · {L.Concern(key)}",
            "Commune" or "Establishment" => names.TryGetValue($"{table.Dimension}:{key}", out var n) ? L.RightToLeft ? n.Ar : n.Fr : key,
            "Country" => key,
            "ParticipantCategory" => L[$"Activities.{key}"],
            _ => L[$"Enum.{table.Dimension}.{key}"],
        };
    }

    public string Number(long? n) => n is { } value ? value.ToString("N0", L.Culture) : Withheld;

    /// <summary>A figure as the reader sees it: a count, "60 % (3/5)", "7,5 j (n = 4)", hours; "—" when there is nothing to measure.</summary>
    public string Value(IndicatorView indicator, FigureView? figure)
    {
        if (figure is null)
            return DocumentText.Dash;
        if (figure.Suppressed)
            return Withheld;
        return indicator.Kind switch
        {
            FigureKind.Count => Number(figure.N),
            FigureKind.Rate when figure.Of is 0 or null => DocumentText.Dash,
            FigureKind.Rate => DocumentText.Isolate(string.Create(L.Culture, $"{100m * figure.N!.Value / figure.Of!.Value:0} % ({figure.N}/{figure.Of})")),
            FigureKind.Mean or FigureKind.Median when figure.Value is null => DocumentText.Dash,
            FigureKind.Quantity => L.Format(L["Report.Hours"], (figure.Value ?? 0).ToString("0.#", L.Culture)),
            _ => L.Format(L[indicator.Code.StartsWith('A') ? "Report.MeanCases" : "Report.Days"], figure.Value!.Value.ToString("0.#", L.Culture),
                figure.N!.Value.ToString(CultureInfo.InvariantCulture)),
        };
    }
}
