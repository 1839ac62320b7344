namespace CaseManagement.Domain.Placements;

public enum KafalaStatus
{
    DeclaredAbandoned,
    RequestFiled,
    CommissionInquiry,
    OrderIssued,
    HandedOver,
    FollowUpMorocco,
    AuthorisedToLeave,
    FollowUpAbroad,
    Ended,
}

public enum KafilKind
{
    Couple,
    Woman,
    Establishment,
    Association,
}

/// <summary>The five categories of abandoned children of law 15-01 (restricted).</summary>
public enum AbandonmentCategory
{
    AB1,
    AB2,
    AB3,
    AB4,
    AB5,
}

public enum KafalaEndCause
{
    ReachedMajority,
    RevokedByJudge,
    KafilDeath,
    ChildDeath,
    Renunciation,
    Other,
}

public enum KafalaReportType
{
    HomeVisit,
    ConsularReport,
    ReportToJudge,
    DepartmentReport,
    Phone,
}

public enum KafalaCheckDomain
{
    Health,
    Schooling,
    Integration,
    RelationshipWithKafil,
    LivingConditions,
    KnowledgeOfOrigins,
}

/// <summary>One person or body taking the child in kafala. Religion is never stored: only "legal conditions verified".</summary>
public sealed record Kafil
{
    public KafilKind Kind { get; init; }
    public string FullName { get; init; } = string.Empty;
    public string? FullNameAr { get; init; }

    /// <summary>Restricted: identity document type and number.</summary>
    public string? IdentityDocument { get; init; }
    public string? Nationality { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? Occupation { get; init; }
    public string? Address { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string CountryOfResidence { get; init; } = "MA";
    public string? Consulate { get; init; }
    public bool LegalConditionsVerified { get; init; }
    public string? DocumentsChecked { get; init; }
}

public sealed record AbandonmentJudgment
{
    public string? Court { get; init; }
    public string? FileNumber { get; init; }
    public DateOnly? Date { get; init; }
    public AbandonmentCategory? Category { get; init; }
}

public sealed record KafalaProcedure
{
    public DateOnly? RequestDate { get; init; }
    public string? RequestCourt { get; init; }
    public string? RequestFileNumber { get; init; }
    public DateOnly? InquiryDate { get; init; }
    public string? InquiryConclusion { get; init; }
    public string? OrderNumber { get; init; }
    public DateOnly? OrderDate { get; init; }
    public string? Court { get; init; }
    public string? Appeal { get; init; }
    public DateOnly? HandOverDate { get; init; }
    public string? HandOverPlace { get; init; }
    public string? HandOverReportReference { get; init; }
    public DateOnly? MarginalMentionDate { get; init; }
}

public sealed record KafalaAbroad
{
    public DateOnly? LeaveAuthorisationDate { get; init; }
    public string? LeaveAuthorisationReference { get; init; }
    public string? DestinationCountry { get; init; }
    public DateOnly? ConsulateNotifiedOn { get; init; }
    public DateOnly? VisaDate { get; init; }

    /// <summary>The French Département's reference (ASE file).</summary>
    public string? DepartmentReference { get; init; }
}

public sealed record KafalaEnd
{
    public KafalaEndCause Cause { get; init; }
    public DateOnly Date { get; init; }
    public string? DecisionReference { get; init; }
}

public sealed record CheckFinding
{
    public KafalaCheckDomain Domain { get; init; }
    public string? Finding { get; init; }
}
