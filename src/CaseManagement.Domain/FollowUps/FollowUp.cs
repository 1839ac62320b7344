namespace CaseManagement.Domain.FollowUps;

public enum FollowUpKind
{
    HomeVisit,
    PhoneCall,
    OfficeMeeting,
    PlanReview,
    Accompaniment,
    Other,
}

public enum FollowUpStatus
{
    Planned,
    Done,
    Missed,
    Cancelled,
}

/// <summary>What the system records when it closes a generated follow-up itself: a code, rendered in the reader's language.</summary>
public enum FollowUpFulfilment
{
    AssessmentRecorded,
    PlanApproved,
    PlanReviewApproved,
    KafalaReportRecorded,
}

/// <summary>Why a follow-up exists: entered by a person, or generated from a timeliness standard.</summary>
public enum FollowUpPurpose
{
    Manual,
    Evaluation,
    Plan,
    PlanReview,
    KafalaVisit,
    KafalaReport,
    EpsReview,
}

/// <summary>A scheduled task on a case: a visit, a call, a plan review… "Overdue" is derived, never stored.</summary>
public sealed class FollowUp : IVersioned, IAudited
{
    public const int DueSoonDays = 7;

    private FollowUp()
    {
    }

    public FollowUp(Guid caseId, Guid unitId, FollowUpKind kind, FollowUpPurpose purpose, DateOnly dueOn, Guid? assigneeId, string? note, Guid by, DateTimeOffset at)
        : this(unitId, kind, purpose, dueOn, assigneeId, note, by, at)
    {
        CaseId = caseId;
    }

    /// <summary>A follow-up of a placement (kafala visit or report, EPS review), linked to the case when there is one.</summary>
    public static FollowUp ForKafala(Guid placementId, Guid? caseId, Guid unitId, FollowUpKind kind, FollowUpPurpose purpose, DateOnly dueOn, Guid? assigneeId, Guid by, DateTimeOffset at) =>
        new(unitId, kind, purpose, dueOn, assigneeId, null, by, at) { KafalaPlacementId = placementId, CaseId = caseId };

    public static FollowUp ForEps(Guid placementId, Guid? caseId, Guid unitId, DateOnly dueOn, Guid? assigneeId, Guid by, DateTimeOffset at) =>
        new(unitId, FollowUpKind.PlanReview, FollowUpPurpose.EpsReview, dueOn, assigneeId, null, by, at) { EpsPlacementId = placementId, CaseId = caseId };

    private FollowUp(Guid unitId, FollowUpKind kind, FollowUpPurpose purpose, DateOnly dueOn, Guid? assigneeId, string? note, Guid by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        UnitId = unitId;
        Kind = kind;
        Purpose = purpose;
        DueOn = dueOn;
        AssigneeId = assigneeId;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Status = FollowUpStatus.Planned;
        CreatedBy = by;
        CreatedAt = at;
        ChangedAt = at;
    }

    public Guid Id { get; private set; }
    /// <summary>The case; empty for a placement follow-up without a case.</summary>
    public Guid? CaseId { get; private set; }
    public Guid? KafalaPlacementId { get; private set; }
    public Guid? EpsPlacementId { get; private set; }
    public Guid UnitId { get; private set; }
    public FollowUpKind Kind { get; private set; }
    public FollowUpPurpose Purpose { get; private set; }
    public DateOnly DueOn { get; private set; }
    /// <summary>Who does it; empty while the case waits for assignment, then the case's social worker.</summary>
    public Guid? AssigneeId { get; private set; }
    public FollowUpStatus Status { get; private set; }
    public string? Note { get; private set; }
    public string? Outcome { get; private set; }

    /// <summary>Set when the system closed the follow-up itself (<see cref="Fulfil"/>); <see cref="Outcome"/> is then empty.</summary>
    public FollowUpFulfilment? Fulfilment { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When its date or its assignee last changed (or it was created): the reminder run looks again at what changed since its last run.</summary>
    public DateTimeOffset ChangedAt { get; private set; }
    public Guid? CompletedBy { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public static bool IsOverdue(FollowUpStatus status, DateOnly dueOn, DateOnly today) => status == FollowUpStatus.Planned && dueOn < today;

    public static bool IsDueSoon(FollowUpStatus status, DateOnly dueOn, DateOnly today) =>
        status == FollowUpStatus.Planned && dueOn >= today && dueOn <= today.AddDays(DueSoonDays);

    public void Complete(string outcome, Guid by, DateTimeOffset at)
    {
        RequirePlanned();
        if (string.IsNullOrWhiteSpace(outcome))
            throw new DomainRuleException("FollowUp.OutcomeRequired", "Say what happened.");
        Outcome = outcome.Trim();
        Close(FollowUpStatus.Done, by, at);
    }

    /// <summary>Marks a generated follow-up done because the step it waited for happened (a code, not a sentence).</summary>
    public void Fulfil(FollowUpFulfilment fulfilment, Guid by, DateTimeOffset at)
    {
        if (Status != FollowUpStatus.Planned)
            return;
        Fulfilment = fulfilment;
        Outcome = null;
        Close(FollowUpStatus.Done, by, at);
    }

    public void MarkMissed(string? outcome, Guid by, DateTimeOffset at)
    {
        RequirePlanned();
        Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim();
        Close(FollowUpStatus.Missed, by, at);
    }

    public void Cancel(Guid by, DateTimeOffset at)
    {
        RequirePlanned();
        Close(FollowUpStatus.Cancelled, by, at);
    }

    public void Reschedule(DateOnly dueOn, Guid? assigneeId, DateTimeOffset at)
    {
        RequirePlanned();
        DueOn = dueOn;
        AssigneeId = assigneeId;
        ChangedAt = at;
    }

    /// <summary>Follows the case when it changes hands: the new worker takes over what the previous one had planned.</summary>
    public void HandOver(Guid? previousWorker, Guid newWorker, DateTimeOffset at)
    {
        if (Status != FollowUpStatus.Planned || (AssigneeId is not null && AssigneeId != previousWorker) || AssigneeId == newWorker)
            return;
        AssigneeId = newWorker;
        ChangedAt = at;
    }

    private void RequirePlanned()
    {
        if (Status != FollowUpStatus.Planned)
            throw new DomainRuleException("FollowUp.NotPlanned", "This follow-up is already finished.");
    }

    private void Close(FollowUpStatus status, Guid by, DateTimeOffset at)
    {
        Status = status;
        CompletedBy = by;
        CompletedAt = at;
    }
}
