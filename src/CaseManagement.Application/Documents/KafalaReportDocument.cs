using CaseManagement.Domain.Placements;
using CaseManagement.Documents;

namespace CaseManagement.Application.Documents;

/// <summary>
/// A kafala follow-up visit report (rapport de suivi / تقرير التتبع): the placement, the kafils, the visit's findings per
/// domain, concerns and actions. Restricted data (abandonment category, identity documents) is never printed.
/// </summary>
public static class KafalaReportDocument
{
    public sealed record Model
    {
        public string ChildFileNumber { get; init; } = string.Empty;
        public string? ChildName { get; init; }
        public string? ChildNameAr { get; init; }
        public KafalaStatus Status { get; init; }
        public IReadOnlyList<KafilLine> Kafils { get; init; } = [];
        public string? OrderNumber { get; init; }
        public DateOnly? OrderDate { get; init; }
        public string? Court { get; init; }
        public DateOnly? HandOverDate { get; init; }
        public string? DestinationCountry { get; init; }
        public string? DepartmentReference { get; init; }
        public DateOnly ReportDate { get; init; }
        public KafalaReportType ReportType { get; init; }
        public string? ReportAuthor { get; init; }
        public IReadOnlyList<CheckFinding> Findings { get; init; } = [];
        public string? Concerns { get; init; }
        public string? Actions { get; init; }
        public DateOnly? SentToJudgeOn { get; init; }
    }

    public sealed record KafilLine(KafilKind Kind, string FullName, string? FullNameAr, string CountryOfResidence, string? Address);

    public static Document Compose(Model m, DocumentText L, DocumentStamp stamp) =>
        DocumentFrame.Create(L, stamp, L["Doc.Kafala.Title"], body =>
        {
            body.Section(L["Doc.Section.Report"]);
            body.Fields(
                (L["Doc.ReportDate"], L.Date(m.ReportDate)),
                (L["Doc.ReportType"], L.Label(m.ReportType)),
                (L["Doc.Author"], m.ReportAuthor),
                (L["Doc.SentToJudge"], m.SentToJudgeOn is null ? L["Doc.No"] : L.Date(m.SentToJudgeOn)));

            body.Section(L["Doc.Section.Placement"]);
            body.Fields(
                (L["Doc.ChildFileNumber"], DocumentText.Isolate(m.ChildFileNumber)),
                (L["Doc.ChildName"], L.Name(m.ChildName, m.ChildNameAr)),
                (L["Doc.Status"], L.Label(m.Status)),
                (L["Doc.KafalaOrder"], m.OrderNumber is null ? null : $"{DocumentText.Isolate(m.OrderNumber)} — {L.Date(m.OrderDate)}"),
                (L["Doc.Court"], m.Court),
                (L["Doc.HandOver"], L.Date(m.HandOverDate)),
                (L["Doc.Destination"], m.DestinationCountry),
                (L["Doc.DepartmentReference"], DocumentText.Isolate(m.DepartmentReference)));

            body.Section(L["Doc.Section.Kafils"]);
            body.DataTable(L, [1.3f, 3, 1, 3], [L["Doc.Kind"], L["Doc.Name"], L["Doc.Country"], L["Doc.Address"]],
                m.Kafils.Select(k => new[] { L.Label(k.Kind), L.Name(k.FullName, k.FullNameAr), k.CountryOfResidence, k.Address }));

            body.Section(L["Doc.Section.Findings"]);
            body.DataTable(L, [2, 5], [L["Doc.Domain"], L["Doc.Finding"]],
                m.Findings.Select(f => new[] { L.Label(f.Domain), f.Finding }));

            body.Section(L["Doc.Section.ConcernsActions"]);
            body.Fields((L["Doc.KafalaConcerns"], m.Concerns ?? L["Doc.NoneReported"]), (L["Doc.Actions"], m.Actions));

            body.Item().PaddingTop(28).Row(row =>
            {
                row.RelativeItem().Text(L["Doc.SignatureWorker"]).Bold();
                row.RelativeItem().Text(L["Doc.SignatureSupervisor"]).Bold().AlignEnd();
            });
        });
}
