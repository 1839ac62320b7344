namespace CaseManagement.Domain.Notifications;

public enum ReminderRule
{
    FollowUpDueSoon,
    FollowUpOverdue,
    FollowUpOverdueEscalated,
    EvaluationLate,
    PlanLate,
    PlacementReviewOverdue,
    KafalaRealert,
    ReferralFeedbackOverdue,
    PlanAwaitingApproval,
    ClosureAwaitingApproval,
    CaseUnassigned,
    TurningEighteen,
}

/// <summary>
/// One reminder for one person. (Rule, subject, user, due date) is unique in the database: the same reminder is
/// never created twice, whatever retries or servers run; a new due date is a new reminder. It carries identifiers
/// and a file or case number, never a child's name.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
        SubjectType = Reference = string.Empty;
    }

    public Notification(Guid userId, Guid unitId, ReminderRule rule, string subjectType, Guid subjectId, DateOnly dueOn, string reference, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        UnitId = unitId;
        Rule = rule;
        SubjectType = subjectType;
        SubjectId = subjectId;
        DueOn = dueOn;
        Reference = reference;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid UnitId { get; private set; }
    public ReminderRule Rule { get; private set; }
    public string SubjectType { get; private set; }
    public Guid SubjectId { get; private set; }

    /// <summary>The date the reminder is about (a follow-up's due date, the day a wait began…): part of its identity.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>The case or file number to show; never a name.</summary>
    public string Reference { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    public DateTimeOffset? EmailedAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
