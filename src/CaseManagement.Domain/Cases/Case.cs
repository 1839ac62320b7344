namespace CaseManagement.Domain.Cases;

/// <summary>
/// A case: one report about one child, followed along the pathway of DOMAIN.md until closure. Every state change
/// goes through a method that refuses an invalid move and records it in the history.
/// </summary>
public sealed class Case : IVersioned, IAudited
{
    /// <summary>The moves allowed through <see cref="MoveTo"/>; PlanEstablished and Closed also need an approval.</summary>
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Moves = new()
    {
        [CaseStatus.Received] = [CaseStatus.Open, CaseStatus.NotRetained],
        [CaseStatus.Open] = [CaseStatus.UnderAssessment],
        [CaseStatus.UnderAssessment] = [CaseStatus.PlanEstablished],
        [CaseStatus.PlanEstablished] = [CaseStatus.InCare],
        [CaseStatus.InCare] = [CaseStatus.FollowUp],
        [CaseStatus.FollowUp] = [CaseStatus.InCare],
        [CaseStatus.Closed] = [CaseStatus.Reopened],
        [CaseStatus.Reopened] = [CaseStatus.Open],
        [CaseStatus.NotRetained] = [],
    };

    private static readonly CaseStatus[] Active =
        [CaseStatus.Open, CaseStatus.UnderAssessment, CaseStatus.PlanEstablished, CaseStatus.InCare, CaseStatus.FollowUp];

    /// <summary>
    /// Every status but closed and not retained: the cases still on someone's desk. Named one by one so that a query
    /// reads each status as a range of an index (unit, status, …) instead of filtering every case of the unit.
    /// </summary>
    public static readonly IReadOnlyList<CaseStatus> NotFinished =
        Enum.GetValues<CaseStatus>().Where(s => s is not (CaseStatus.Closed or CaseStatus.NotRetained)).ToArray();

    private readonly List<CaseConcern> _concerns = [];
    private readonly List<CaseTransition> _transitions = [];
    private readonly List<CaseAssignment> _assignments = [];

    private Case()
    {
        Number = string.Empty;
        Intake = new Intake();
        JudicialMeasure = new JudicialMeasure();
    }

    public Guid Id { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid ChildId { get; private set; }

    /// <summary><c>{child file number}/{n}</c>, n counting the child's cases.</summary>
    public string Number { get; private set; }
    public CaseStatus Status { get; private set; }
    public Intake Intake { get; private set; }
    public IReadOnlyList<CaseConcern> Concerns => _concerns;
    public string? PrimaryConcern => _concerns.FirstOrDefault(c => c.IsPrimary)?.Code;
    public bool Urgent { get; private set; }
    public RiskLevel RiskLevel { get; private set; }
    public Guid? AssignedTo { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public NotRetainedReason? NotRetainedReason { get; private set; }
    public DateOnly? OpenedOn { get; private set; }
    public DateOnly? ReportedToProsecutorOn { get; private set; }
    public string? ProsecutorReference { get; private set; }
    public ProsecutorReport ProsecutorReport => new() { ReportedOn = ReportedToProsecutorOn, Reference = ProsecutorReference };
    public bool ReportedToProsecutor => ReportedToProsecutorOn is not null;
    public bool HasJudicialMeasure { get; private set; }
    public JudicialMeasure JudicialMeasure { get; private set; }
    public bool PlacedInEps { get; private set; }
    public bool Kafala { get; private set; }
    public bool Transferred { get; private set; }
    public Assessment? Assessment { get; private set; }
    private InterventionPlan? _plan;
    private ClosureRequest? _closure;

    public InterventionPlan? Plan { get => _plan; private set { _plan = value; PlanState = value?.State; } }
    public ClosureRequest? Closure { get => _closure; private set { _closure = value; ClosureState = value?.State; } }

    /// <summary>The plan's state in a column of its own, so "plans waiting" is an index lookup, not a read of every plan.</summary>
    public ApprovalState? PlanState { get; private set; }

    /// <summary>The closure request's state in a column of its own (see <see cref="PlanState"/>).</summary>
    public ApprovalState? ClosureState { get; private set; }
    public IReadOnlyList<CaseTransition> Transitions => _transitions;
    public IReadOnlyList<CaseAssignment> Assignments => _assignments;
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }

    // Milestones: when the steps of the pathway happened, as days in the unit's time zone (the triage delay in minutes).
    // Set by the case as the steps happen, never edited: the facts the monthly report's timeliness indicators count.

    /// <summary>The day the report was received.</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The day the report was entered (an entry more than 7 days late is a data-quality indicator).</summary>
    public DateOnly RecordedOn { get; private set; }

    /// <summary>Minutes from receipt to the triage decision (open or not retained).</summary>
    public int? TriageMinutes { get; private set; }

    /// <summary>The day the report was retained and the child taken in charge (first opening; a reopening does not change it).</summary>
    public DateOnly? TakenInChargeOn { get; private set; }

    /// <summary>The first contact with the child: the opening after the first interview, or an earlier visit, call or service.</summary>
    public DateOnly? FirstContactOn { get; private set; }

    /// <summary>The day the first assessment was completed.</summary>
    public DateOnly? EvaluatedOn { get; private set; }

    /// <summary>The day a supervisor first approved the plan (PII).</summary>
    public DateOnly? PlanApprovedOn { get; private set; }

    /// <summary>The day the case was last closed (cleared when it is reopened).</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The day the case was last reopened (whether it was closed on a past day depends on it).</summary>
    public DateOnly? ReopenedOn { get; private set; }

    public bool IsActive => Active.Contains(Status);

    /// <summary>The moves <see cref="MoveTo"/> would accept now: PlanEstablished only once the plan is approved.</summary>
    public IReadOnlyList<CaseStatus> AvailableMoves =>
        Moves[Status].Where(to => to != CaseStatus.PlanEstablished || Plan?.State == ApprovalState.Approved).ToList();

    /// <summary>
    /// May this actor do this now? The one answer used by the commands (<see cref="Demand"/>) and by the case page's
    /// actions: null when allowed, else why not. The state rules are the ones the changes below enforce themselves.
    /// </summary>
    public CaseRefusal? Refusal(CaseActor actor, CaseAction action) => WhoRefusal(actor, action) ?? WhenRefusal(action);

    public bool Allows(CaseActor actor, CaseAction action) => Refusal(actor, action) is null;

    /// <summary>Refuses the action (403 for who, 409 for when) unless the actor may do it now.</summary>
    public void Demand(CaseActor actor, CaseAction action)
    {
        if (Refusal(actor, action) is { } refusal)
            throw refusal.ToException();
    }

    private CaseRefusal? WhoRefusal(CaseActor actor, CaseAction action) => action switch
    {
        CaseAction.Assign or CaseAction.OverrideConsent or CaseAction.DecidePlan or CaseAction.DecideClosure when !actor.IsSupervisor =>
            new CaseRefusal(true, "Case.SupervisorsOnly", "Only a supervisor does this."),
        CaseAction.DecidePlan when Plan?.SubmittedBy == actor.Id => SelfApproval,
        CaseAction.DecideClosure when Closure?.RequestedBy == actor.Id => SelfApproval,
        _ => null,
    };

    private static readonly CaseRefusal SelfApproval = new(true, "Case.SelfApproval", "Nobody approves their own submission.");

    private CaseRefusal? WhenRefusal(CaseAction action) => action switch
    {
        CaseAction.Move when AvailableMoves.Count == 0 => new CaseRefusal(false, "Case.InvalidTransition", $"A case cannot move from {Status}."),
        CaseAction.Assign or CaseAction.UpdateFlags when Status is CaseStatus.Closed or CaseStatus.NotRetained =>
            new CaseRefusal(false, "Case.NotActive", "A closed or not retained case cannot be changed."),
        // A report being triaged (Received) already takes notes, attachments and follow-ups — the urgent contact, the
        // triage visit — before it is retained; assessment, plans and closure wait for retention.
        CaseAction.Work when !IsActive && Status != CaseStatus.Received =>
            new CaseRefusal(false, "Case.NotActive", $"This cannot be done while the case is {Status}."),
        CaseAction.Assess or CaseAction.EditPlan or CaseAction.SubmitPlan or CaseAction.RequestClosure when !IsActive =>
            new CaseRefusal(false, "Case.NotActive", $"This cannot be done while the case is {Status}."),
        CaseAction.EditPlan when Plan?.State == ApprovalState.Submitted =>
            new CaseRefusal(false, "Case.PlanAwaitingDecision", "The plan is waiting for the supervisor's decision."),
        CaseAction.SubmitPlan when Plan is null || Plan.Objectives.Count == 0 =>
            new CaseRefusal(false, "Case.PlanEmpty", "Write the plan's objectives before submitting it."),
        CaseAction.SubmitPlan when Plan!.State is not (ApprovalState.Draft or ApprovalState.Rejected) =>
            new CaseRefusal(false, "Case.PlanNotDraft", "Only a draft or rejected plan can be submitted."),
        CaseAction.DecidePlan when Plan?.State != ApprovalState.Submitted =>
            new CaseRefusal(false, "Case.PlanNotSubmitted", "There is no submitted plan to decide on."),
        CaseAction.RequestClosure when Closure?.State == ApprovalState.Submitted =>
            new CaseRefusal(false, "Case.ClosureAlreadyRequested", "A closure request is already waiting."),
        CaseAction.DecideClosure when Closure?.State != ApprovalState.Submitted =>
            new CaseRefusal(false, "Case.ClosureNotRequested", "There is no closure request to decide on."),
        _ => null,
    };

    private void Require(CaseAction action)
    {
        if (WhenRefusal(action) is { } refusal)
            throw refusal.ToException();
    }

    public static Case Receive(
        Guid unitId, Guid childId, string number, Intake intake, IReadOnlyCollection<string> concerns, string primaryConcern,
        bool urgent, RiskLevel risk, Guid by, DateTimeOffset at, DateOnly receivedOn, DateOnly today)
    {
        if (concerns.Count == 0 || !concerns.All(ProtectionConcerns.IsKnown))
            throw new DomainRuleException("Case.UnknownConcern", "A case needs at least one known protection concern.");
        if (!concerns.Contains(primaryConcern))
            throw new DomainRuleException("Case.PrimaryConcernNotListed", "The primary concern must be one of the concerns.");
        if (string.IsNullOrWhiteSpace(intake.Summary))
            throw new DomainRuleException("Case.SummaryRequired", "A report needs a summary.");

        var @case = new Case
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            ChildId = childId,
            Number = number,
            Status = CaseStatus.Received,
            Intake = intake,
            Urgent = urgent,
            RiskLevel = risk,
            CreatedAt = at,
            CreatedBy = by,
            ReceivedOn = receivedOn,
            RecordedOn = today,
        };
        @case._concerns.AddRange(concerns.Distinct().Select(c => new CaseConcern(c, c == primaryConcern)));
        @case._transitions.Add(new CaseTransition(CaseStatus.Received, CaseStatus.Received, by, at, today, null));
        return @case;
    }

    /// <summary>Moves along the pathway. Approvals (plan, closure) have their own methods and are gates here.</summary>
    public void MoveTo(CaseStatus to, string? reason, Guid by, DateTimeOffset at, DateOnly today, NotRetainedReason? notRetainedReason = null)
    {
        if (!Moves[Status].Contains(to))
        {
            throw to switch
            {
                CaseStatus.Closed => new DomainRuleException("Case.ClosureNeedsApproval", "A case is closed only when a supervisor approves the closure request."),
                CaseStatus.PlanEstablished => new DomainRuleException("Case.PlanNeedsApproval", "Only an approved plan establishes the plan."),
                _ => new DomainRuleException("Case.InvalidTransition", $"A case cannot move from {Status} to {to}."),
            };
        }

        switch (to)
        {
            case CaseStatus.PlanEstablished when Plan?.State != ApprovalState.Approved:
                throw new DomainRuleException("Case.PlanNeedsApproval", "Only an approved plan establishes the plan.");
            case CaseStatus.NotRetained when notRetainedReason is null:
                throw new DomainRuleException("Case.NotRetainedNeedsReason", "Say why the report is not retained.");
            case CaseStatus.Reopened when string.IsNullOrWhiteSpace(reason):
                throw new DomainRuleException("Case.ReopenNeedsReason", "Say why the case is reopened.");
            case CaseStatus.NotRetained:
                NotRetainedReason = notRetainedReason;
                break;
            case CaseStatus.Open:
                OpenedOn = today;
                TakenInChargeOn ??= today;
                RecordContact(today);
                break;
            case CaseStatus.Reopened:
                Closure = null;
                ClosedOn = null;
                ReopenedOn = today;
                break;
        }

        if (Status == CaseStatus.Received)
            TriageMinutes ??= (int)Math.Clamp(Math.Round((at - Intake.ReceivedAt).TotalMinutes), 0, int.MaxValue);

        Record(to, reason, by, at, today);
    }

    public void AssignTo(Guid socialWorkerId, Guid by, DateTimeOffset at)
    {
        Require(CaseAction.Assign);
        if (AssignedTo == socialWorkerId)
            return;
        AssignedTo = socialWorkerId;
        AssignedAt = at;
        _assignments.Add(new CaseAssignment(socialWorkerId, by, at));
    }

    public void RecordAssessment(IReadOnlyList<AssessmentFinding> findings, RiskLevel overallRisk, string? narrative, Guid by, DateTimeOffset at, DateOnly today)
    {
        Require(CaseAction.Assess);
        Assessment = new Assessment
        {
            Findings = findings.ToList(), OverallRisk = overallRisk, Narrative = narrative, AssessedAt = at, AssessedBy = by,
        };
        RiskLevel = overallRisk;
        EvaluatedOn ??= today;
        if (Status == CaseStatus.Open)
            MoveTo(CaseStatus.UnderAssessment, null, by, at, today);
    }

    /// <summary>Writes or revises the plan; a revision goes back to draft and needs a new approval.</summary>
    public void DraftPlan(IReadOnlyList<string> objectives, IReadOnlyList<PlanAction> actions, DateOnly? nextReviewOn)
    {
        Require(CaseAction.EditPlan);
        Plan = new InterventionPlan { Objectives = objectives.ToList(), Actions = actions.ToList(), NextReviewOn = nextReviewOn, State = ApprovalState.Draft };
    }

    public void SubmitPlan(Guid by, DateTimeOffset at)
    {
        Require(CaseAction.SubmitPlan);
        Plan = Plan! with { State = ApprovalState.Submitted, SubmittedBy = by, SubmittedAt = at, DecidedBy = null, DecidedAt = null, DecisionComment = null };
    }

    public void DecidePlan(bool approved, string? comment, Guid by, DateTimeOffset at, DateOnly today)
    {
        Require(CaseAction.DecidePlan);
        if (Plan!.SubmittedBy == by)
            throw SelfApproval.ToException();
        Plan = Plan with { State = approved ? ApprovalState.Approved : ApprovalState.Rejected, DecidedBy = by, DecidedAt = at, DecisionComment = comment };
        if (approved)
            PlanApprovedOn ??= today;
        if (approved && Status is CaseStatus.Open or CaseStatus.UnderAssessment)
        {
            if (Status == CaseStatus.Open)
                Record(CaseStatus.UnderAssessment, null, by, at, today);
            Record(CaseStatus.PlanEstablished, comment, by, at, today);
        }
    }

    public void RequestClosure(ClosureReason reason, string summary, Guid by, DateTimeOffset at)
    {
        Require(CaseAction.RequestClosure);
        if (string.IsNullOrWhiteSpace(summary))
            throw new DomainRuleException("Case.ClosureNeedsSummary", "A closure request needs a summary.");
        Closure = new ClosureRequest { Reason = reason, Summary = summary.Trim(), State = ApprovalState.Submitted, RequestedBy = by, RequestedAt = at };
    }

    public void DecideClosure(bool approved, string? comment, Guid by, DateTimeOffset at, DateOnly today)
    {
        Require(CaseAction.DecideClosure);
        if (Closure!.RequestedBy == by)
            throw SelfApproval.ToException();
        Closure = Closure with { State = approved ? ApprovalState.Approved : ApprovalState.Rejected, DecidedBy = by, DecidedAt = at, DecisionComment = comment };
        if (!approved)
            return;
        ClosedOn = today;
        Record(CaseStatus.Closed, Closure.Reason.ToString(), by, at, today);
    }

    /// <summary>A visit, call or meeting with the child took place (the first one is a timeliness milestone).</summary>
    public void RecordContact(DateOnly on)
    {
        if (FirstContactOn is null || on < FirstContactOn)
            FirstContactOn = on;
    }

    public void UpdateFlags(bool urgent, ProsecutorReport prosecutor, bool hasJudicialMeasure, JudicialMeasure judicial, bool placedInEps, bool kafala, bool transferred)
    {
        Require(CaseAction.UpdateFlags);
        Urgent = urgent;
        ReportedToProsecutorOn = prosecutor.ReportedOn;
        ProsecutorReference = prosecutor.ReportedOn is null ? null : prosecutor.Reference;
        HasJudicialMeasure = hasJudicialMeasure;
        JudicialMeasure = hasJudicialMeasure ? judicial : new JudicialMeasure();
        PlacedInEps = placedInEps;
        Kafala = kafala;
        Transferred = transferred;
    }

    /// <summary>Retention: free text that could identify anyone is removed; statuses, codes and dates stay for statistics.</summary>
    public void Anonymise()
    {
        Intake = Intake with { ReporterName = null, ReporterContact = null, ImmediateActions = null, Summary = "—" };
        JudicialMeasure = JudicialMeasure with { Decision = null };
        if (Assessment is not null)
            Assessment = Assessment with { Narrative = null, Findings = Assessment.Findings.Select(f => f with { Finding = null }).ToList() };
        if (Plan is not null)
            Plan = Plan with { Objectives = Plan.Objectives.Select(_ => "—").ToList(), Actions = Plan.Actions.Select(a => a with { What = "—", Who = null }).ToList(), DecisionComment = null };
        if (Closure is not null)
            Closure = Closure with { Summary = "—", DecisionComment = null };
    }

    private void Record(CaseStatus to, string? reason, Guid by, DateTimeOffset at, DateOnly day)
    {
        _transitions.Add(new CaseTransition(Status, to, by, at, day, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        Status = to;
    }
}
