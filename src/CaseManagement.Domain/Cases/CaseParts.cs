namespace CaseManagement.Domain.Cases;

/// <summary>The report that opened the case (signalement).</summary>
public sealed record Intake
{
    public DateTimeOffset ReceivedAt { get; init; }
    public IntakeChannel Channel { get; init; }
    public ReferralSource Source { get; init; }

    /// <summary>Optional and confidential: never shown outside the case.</summary>
    public string? ReporterName { get; init; }
    public string? ReporterContact { get; init; }
    public PlaceOfOccurrence PlaceOfOccurrence { get; init; }
    public PerpetratorRelationship? PerpetratorRelationship { get; init; }
    public string? CommuneCode { get; init; }
    public string? ImmediateActions { get; init; }
    public string Summary { get; init; } = string.Empty;
}

public sealed class CaseConcern
{
    private CaseConcern()
    {
        Code = string.Empty;
    }

    public CaseConcern(string code, bool isPrimary)
    {
        Code = code;
        IsPrimary = isPrimary;
    }

    public string Code { get; private set; }
    public bool IsPrimary { get; private set; }
}

public sealed record ProsecutorReport
{
    public DateOnly? ReportedOn { get; init; }
    public string? Reference { get; init; }
}

public sealed record JudicialMeasure
{
    public string? Court { get; init; }
    public JudgeType? JudgeType { get; init; }
    public string? FileNumber { get; init; }
    public string? Decision { get; init; }

    /// <summary>The day the judge decided the measure (counted in the month's judicial figures).</summary>
    public DateOnly? DecidedOn { get; init; }
}

public sealed record AssessmentFinding
{
    public AssessmentDomain Domain { get; init; }
    public string? Finding { get; init; }
    public ConcernLevel ConcernLevel { get; init; }
}

public sealed record Assessment
{
    public List<AssessmentFinding> Findings { get; init; } = [];
    public RiskLevel OverallRisk { get; init; }
    public string? Narrative { get; init; }
    public DateTimeOffset AssessedAt { get; init; }
    public Guid AssessedBy { get; init; }
}

public sealed record PlanAction
{
    public string What { get; init; } = string.Empty;
    public string? Who { get; init; }
    public DateOnly? DueOn { get; init; }
    public PlanActionStatus Status { get; init; }
}

/// <summary>The individual intervention plan (PII) and its approval.</summary>
public sealed record InterventionPlan
{
    public List<string> Objectives { get; init; } = [];
    public List<PlanAction> Actions { get; init; } = [];
    public DateOnly? NextReviewOn { get; init; }
    public ApprovalState State { get; init; }
    public Guid? SubmittedBy { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public Guid? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionComment { get; init; }
}

public sealed record ClosureRequest
{
    public ClosureReason Reason { get; init; }
    public string Summary { get; init; } = string.Empty;
    public ApprovalState State { get; init; }
    public Guid RequestedBy { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public Guid? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionComment { get; init; }
}

/// <summary>One move of the case along the pathway.</summary>
public sealed class CaseTransition
{
    private CaseTransition()
    {
    }

    public CaseTransition(CaseStatus from, CaseStatus to, Guid by, DateTimeOffset at, DateOnly day, string? reason)
    {
        Id = Guid.NewGuid();
        From = from;
        To = to;
        By = by;
        At = at;
        Day = day;
        Reason = reason;
    }

    public Guid Id { get; private set; }
    public CaseStatus From { get; private set; }
    public CaseStatus To { get; private set; }
    public Guid By { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The day of the move in the unit's time zone (the monthly report counts moves by day).</summary>
    public DateOnly Day { get; private set; }
    public string? Reason { get; private set; }
}

public sealed class CaseAssignment
{
    private CaseAssignment()
    {
    }

    public CaseAssignment(Guid socialWorkerId, Guid assignedBy, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        SocialWorkerId = socialWorkerId;
        AssignedBy = assignedBy;
        AssignedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid SocialWorkerId { get; private set; }
    public Guid AssignedBy { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
}
