using CaseManagement.Domain;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Referrals;
using CaseManagement.Domain.Units;

namespace CaseManagement.UnitTests.Cases;

public sealed class CaseRulesTests
{
    private static readonly Guid Worker = Guid.NewGuid();
    private static readonly Guid Supervisor = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static Case NewCase(bool urgent = false) =>
        Case.Receive(Guid.NewGuid(), Guid.NewGuid(), "UPE-SK-2026-0001/1", new Intake { ReceivedAt = Now, Summary = "Cas inventé" },
            ["NEG", "SCO"], "NEG", urgent, RiskLevel.Medium, Worker, Now, Today, Today);

    [Test]
    public void A_report_needs_known_concerns_and_a_primary_one_among_them()
    {
        Assert.That(() => Case.Receive(Guid.NewGuid(), Guid.NewGuid(), "n", new Intake { Summary = "x" }, ["XXX"], "XXX", false, RiskLevel.Low, Worker, Now, Today, Today),
            Throws.TypeOf<DomainRuleException>().With.Property(nameof(DomainRuleException.Code)).EqualTo("Case.UnknownConcern"));
        Assert.That(() => Case.Receive(Guid.NewGuid(), Guid.NewGuid(), "n", new Intake { Summary = "x" }, ["NEG"], "SCO", false, RiskLevel.Low, Worker, Now, Today, Today),
            Throws.TypeOf<DomainRuleException>().With.Property(nameof(DomainRuleException.Code)).EqualTo("Case.PrimaryConcernNotListed"));
    }

    [Test]
    public void Opening_records_the_date_and_the_history()
    {
        var @case = NewCase();
        @case.MoveTo(CaseStatus.Open, null, Worker, Now, Today);
        Assert.That(@case.OpenedOn, Is.EqualTo(Today));
        Assert.That(@case.Transitions.Select(t => (t.From, t.To)), Is.EqualTo(new[] { (CaseStatus.Received, CaseStatus.Received), (CaseStatus.Received, CaseStatus.Open) }));
    }

    [Test]
    public void Plan_established_and_closed_are_gates_not_moves()
    {
        var @case = NewCase();
        @case.MoveTo(CaseStatus.Open, null, Worker, Now, Today);
        @case.MoveTo(CaseStatus.UnderAssessment, null, Worker, Now, Today);

        Assert.That(() => @case.MoveTo(CaseStatus.PlanEstablished, null, Worker, Now, Today),
            Throws.TypeOf<DomainRuleException>().With.Property(nameof(DomainRuleException.Code)).EqualTo("Case.PlanNeedsApproval"));
        Assert.That(() => @case.MoveTo(CaseStatus.Closed, null, Worker, Now, Today),
            Throws.TypeOf<DomainRuleException>().With.Property(nameof(DomainRuleException.Code)).EqualTo("Case.ClosureNeedsApproval"));
        Assert.That(@case.Status, Is.EqualTo(CaseStatus.UnderAssessment));
    }

    [Test]
    public void Nobody_approves_their_own_plan_or_closure()
    {
        var @case = NewCase();
        @case.MoveTo(CaseStatus.Open, null, Worker, Now, Today);
        @case.DraftPlan(["Objectif"], [], null);
        @case.SubmitPlan(Supervisor, Now);
        Assert.That(() => @case.DecidePlan(true, null, Supervisor, Now, Today),
            Throws.TypeOf<NotPermittedException>().With.Property(nameof(NotPermittedException.Code)).EqualTo("Case.SelfApproval"), "who asks, not when: 403");

        @case.DecidePlan(true, null, Guid.NewGuid(), Now, Today);
        Assert.That(@case.Status, Is.EqualTo(CaseStatus.PlanEstablished), "approval from Open passes through assessment");

        @case.RequestClosure(ClosureReason.DangerEnded, "Stable", Worker, Now);
        Assert.That(() => @case.DecideClosure(true, null, Worker, Now, Today), Throws.TypeOf<NotPermittedException>());
        Assert.That(@case.Refusal(new CaseActor(Worker, IsSupervisor: true), CaseAction.DecideClosure)?.BecauseOfWho, Is.True);
        Assert.That(@case.Allows(new CaseActor(Guid.NewGuid(), IsSupervisor: false), CaseAction.DecideClosure), Is.False, "a social worker never decides");
        Assert.That(@case.Allows(new CaseActor(Guid.NewGuid(), IsSupervisor: true), CaseAction.DecideClosure), Is.True);
    }

    [Test]
    public void A_submitted_plan_cannot_be_edited_until_decided()
    {
        var @case = NewCase();
        @case.MoveTo(CaseStatus.Open, null, Worker, Now, Today);
        @case.DraftPlan(["Objectif"], [], null);
        @case.SubmitPlan(Worker, Now);
        Assert.That(() => @case.DraftPlan(["Autre"], [], null), Throws.TypeOf<DomainRuleException>());
    }

    [Test]
    public void Reopening_needs_a_reason_and_clears_the_closure()
    {
        var @case = NewCase();
        @case.MoveTo(CaseStatus.Open, null, Worker, Now, Today);
        @case.RequestClosure(ClosureReason.DuplicateOrError, "Doublon", Worker, Now);
        @case.DecideClosure(true, null, Supervisor, Now, Today);

        Assert.That(() => @case.MoveTo(CaseStatus.Reopened, " ", Worker, Now, Today), Throws.TypeOf<DomainRuleException>());
        @case.MoveTo(CaseStatus.Reopened, "Nouveau signalement", Worker, Now, Today);
        Assert.That(@case.Closure, Is.Null);
        Assert.That(@case.Transitions[^1].Reason, Is.EqualTo("Nouveau signalement"));
    }

    [TestCase(false, 15)]
    [TestCase(true, 3)]
    public void Opening_plans_the_evaluation_by_urgency_and_the_plan_in_30_days(bool urgent, int evaluationDays)
    {
        var @case = NewCase(urgent);
        var followUps = FollowUpPlanner.OnOpening(@case, new TimelinessStandards(), Today, Worker, Now).ToList();
        Assert.That(followUps.Single(f => f.Purpose == FollowUpPurpose.Evaluation).DueOn, Is.EqualTo(Today.AddDays(evaluationDays)));
        Assert.That(followUps.Single(f => f.Purpose == FollowUpPurpose.Plan).DueOn, Is.EqualTo(Today.AddDays(30)));
    }

    [TestCase(RiskLevel.High, "2026-12-29")]
    [TestCase(RiskLevel.Medium, "2027-02-28")]
    public void Plan_reviews_are_monthly_when_risk_is_high(RiskLevel risk, string expected) =>
        Assert.That(FollowUpPlanner.ReviewDate(risk, new TimelinessStandards(), new DateOnly(2026, 11, 29)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(expected));

    [TestCase("2026-11-28", "2026-11-29", true, false)]
    [TestCase("2026-11-29", "2026-11-29", false, true)]
    [TestCase("2026-12-06", "2026-11-29", false, true)]
    [TestCase("2026-12-07", "2026-11-29", false, false)]
    public void Overdue_and_due_soon_are_derived_from_the_date(string due, string today, bool overdue, bool soon)
    {
        var dueOn = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture);
        var on = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(FollowUp.IsOverdue(FollowUpStatus.Planned, dueOn, on), Is.EqualTo(overdue));
        Assert.That(FollowUp.IsDueSoon(FollowUpStatus.Planned, dueOn, on), Is.EqualTo(soon));
        Assert.That(FollowUp.IsOverdue(FollowUpStatus.Done, dueOn, on), Is.False, "done is never late");
    }

    [Test]
    public void A_referral_without_consent_needs_an_override_reason()
    {
        Assert.That(() => new Referral(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Service", "Motif", null, false, null, null, null, Supervisor, Now),
            Throws.TypeOf<DomainRuleException>());
        var overridden = new Referral(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Service", "Motif", null, false, null, null, "Danger", Supervisor, Now);
        Assert.That(overridden.ConsentOverriddenBy, Is.EqualTo(Supervisor));
    }

    [Test]
    public void A_referral_expects_feedback_30_days_after_sending_and_is_late_after()
    {
        var referral = new Referral(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Service", "Motif", null, true, "Mère", Today, null, Worker, Now);
        referral.MoveTo(ReferralStatus.Sent, null, null, null, Today, Now);
        Assert.That(referral.ExpectedResponseOn, Is.EqualTo(Today.AddDays(30)));
        Assert.That(referral.FeedbackOverdue(Today.AddDays(30)), Is.False);
        Assert.That(referral.FeedbackOverdue(Today.AddDays(31)), Is.True);
    }

    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "application/pdf")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [TestCase(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [TestCase(new byte[] { }, null)]
    public void File_types_are_recognised_by_their_first_bytes(byte[] head, string? expected) =>
        Assert.That(FileSignature.ContentTypeOf(head), Is.EqualTo(expected));

    [TestCase("scan.PDF", "application/pdf", true)]
    [TestCase("photo.jpeg", "image/jpeg", true)]
    [TestCase("photo.png", "image/jpeg", false)]
    [TestCase("report.pdf.exe", "application/pdf", false)]
    public void The_extension_must_match_the_content(string name, string type, bool matches) =>
        Assert.That(FileSignature.ExtensionMatches(name, type), Is.EqualTo(matches));
}
