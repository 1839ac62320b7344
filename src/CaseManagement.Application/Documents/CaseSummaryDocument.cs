using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Referrals;
using CaseManagement.Documents;

namespace CaseManagement.Application.Documents;

/// <summary>
/// The case summary (fiche de synthèse / بطاقة تركيبية): identification, intake and concerns, assessment, plan,
/// follow-ups, referrals and the notes the requester may read.
/// </summary>
public static class CaseSummaryDocument
{
    public sealed record Model
    {
        public string CaseNumber { get; init; } = string.Empty;
        public string ChildFileNumber { get; init; } = string.Empty;
        public string? ChildName { get; init; }
        public string? ChildNameAr { get; init; }
        public Sex Sex { get; init; }
        public DateOnly? DateOfBirth { get; init; }
        public bool DateOfBirthEstimated { get; init; }
        public string? Commune { get; init; }
        public CaseStatus Status { get; init; }
        public DateOnly? OpenedOn { get; init; }
        public bool Urgent { get; init; }
        public RiskLevel RiskLevel { get; init; }
        public string? AssignedTo { get; init; }
        public Intake Intake { get; init; } = new();
        public IReadOnlyList<string> Concerns { get; init; } = [];
        public string? PrimaryConcern { get; init; }
        public ProsecutorReport ProsecutorReport { get; init; } = new();
        public Assessment? Assessment { get; init; }
        public InterventionPlan? Plan { get; init; }
        public IReadOnlyList<FollowUpLine> FollowUps { get; init; } = [];
        public IReadOnlyList<ReferralLine> Referrals { get; init; } = [];
        public IReadOnlyList<NoteLine> Notes { get; init; } = [];
    }

    public sealed record FollowUpLine(FollowUpKind Kind, FollowUpPurpose Purpose, DateOnly DueOn, FollowUpStatus Status, string? Assignee);

    public sealed record ReferralLine(string Partner, string PartnerAr, string Service, ReferralStatus Status, DateOnly? SentOn, string? Feedback);

    public sealed record NoteLine(DateTimeOffset WrittenAt, string? Author, NoteSensitivity Sensitivity, string Text);

    public static Document Compose(Model m, DocumentText L, DocumentStamp stamp)
    {
        var zone = Security.UnitClock.Zone(stamp.TimeZoneId);
        return DocumentFrame.Create(L, stamp, L["Doc.CaseSummary.Title"], body =>
        {
            body.Section(L["Doc.Section.Identification"]);
            body.Fields(
                (L["Doc.CaseNumber"], DocumentText.Isolate(m.CaseNumber)),
                (L["Doc.ChildFileNumber"], DocumentText.Isolate(m.ChildFileNumber)),
                (L["Doc.ChildName"], L.Name(m.ChildName, m.ChildNameAr)),
                (L["Doc.Sex"], L.Label(m.Sex)),
                (L["Doc.DateOfBirth"], L.BirthDate(m.DateOfBirth, m.DateOfBirthEstimated)),
                (L["Doc.Commune"], m.Commune),
                (L["Doc.Status"], L.Label(m.Status)),
                (L["Doc.OpenedOn"], L.Date(m.OpenedOn)),
                (L["Doc.Urgency"], m.Urgent ? L["Doc.Urgent"] : L["Doc.NotUrgent"]),
                (L["Doc.RiskLevel"], L.Label(m.RiskLevel)),
                (L["Doc.AssignedTo"], m.AssignedTo));

            body.Section(L["Doc.Section.Intake"]);
            body.Fields(
                (L["Doc.ReceivedAt"], L.DateTime(m.Intake.ReceivedAt, zone)),
                (L["Doc.Channel"], L.Label(m.Intake.Channel)),
                (L["Doc.Source"], L.Label(m.Intake.Source)),
                (L["Doc.Place"], L.Label(m.Intake.PlaceOfOccurrence)),
                (L["Doc.Concerns"], L.List(m.Concerns.Select(c => c == m.PrimaryConcern ? $"{L.Concern(c)} ({L["Doc.Primary"]})" : L.Concern(c)))),
                (L["Doc.ProsecutorReport"], m.ProsecutorReport.ReportedOn is null ? L["Doc.No"] : $"{L.Date(m.ProsecutorReport.ReportedOn)} — {DocumentText.Isolate(m.ProsecutorReport.Reference)}"));
            body.Paragraph(m.Intake.Summary);
            if (!string.IsNullOrWhiteSpace(m.Intake.ImmediateActions))
                body.Fields((L["Doc.ImmediateActions"], m.Intake.ImmediateActions));

            body.Section(L["Doc.Section.Assessment"]);
            if (m.Assessment is { } assessment)
            {
                body.Fields((L["Doc.OverallRisk"], L.Label(assessment.OverallRisk)), (L["Doc.AssessedOn"], L.DateTime(assessment.AssessedAt, zone)));
                body.DataTable(L, [2, 1, 4], [L["Doc.Domain"], L["Doc.Level"], L["Doc.Finding"]],
                    assessment.Findings.Select(f => new[] { L.Label(f.Domain), L.Label(f.ConcernLevel), f.Finding }));
                body.Paragraph(assessment.Narrative);
            }
            else
            {
                body.Paragraph(null, L["Doc.NotYet"]);
            }

            body.Section(L["Doc.Section.Plan"]);
            if (m.Plan is { } plan)
            {
                body.Fields((L["Doc.PlanState"], L.Label(plan.State)), (L["Doc.NextReview"], L.Date(plan.NextReviewOn)));
                body.Paragraph(string.Join("\n", plan.Objectives.Select(o => "• " + o)));
                body.DataTable(L, [4, 2, 1.3f, 1.3f], [L["Doc.Action"], L["Doc.Who"], L["Doc.DueOn"], L["Doc.Status"]],
                    plan.Actions.Select(a => new[] { a.What, a.Who, L.Date(a.DueOn), L.Label(a.Status) }));
            }
            else
            {
                body.Paragraph(null, L["Doc.NotYet"]);
            }

            body.Section(L["Doc.Section.FollowUps"]);
            body.DataTable(L, [1.5f, 2, 1.2f, 1.2f, 1.8f], [L["Doc.Kind"], L["Doc.Purpose"], L["Doc.DueOn"], L["Doc.Status"], L["Doc.Who"]],
                m.FollowUps.Select(f => new[] { L.Label(f.Kind), L.Label(f.Purpose), L.Date(f.DueOn), L.Label(f.Status), f.Assignee }));

            body.Section(L["Doc.Section.Referrals"]);
            body.DataTable(L, [2, 2, 1.2f, 1.2f, 2.5f], [L["Doc.Partner"], L["Doc.Service"], L["Doc.SentOn"], L["Doc.Status"], L["Doc.Feedback"]],
                m.Referrals.Select(r => new[] { L.RightToLeft ? r.PartnerAr : r.Partner, r.Service, L.Date(r.SentOn), L.Label(r.Status), r.Feedback }));

            body.Section(L["Doc.Section.Notes"]);
            body.DataTable(L, [1.4f, 1.5f, 1.4f, 5], [L["Doc.Date"], L["Doc.Author"], L["Doc.Category"], L["Doc.Note"]],
                m.Notes.Select(n => new[] { L.DateTime(n.WrittenAt, zone), n.Author, L.Label(n.Sensitivity), n.Text }));
        });
    }
}
