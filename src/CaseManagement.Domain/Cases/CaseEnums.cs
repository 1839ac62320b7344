namespace CaseManagement.Domain.Cases;

public enum CaseStatus
{
    Received,
    NotRetained,
    Open,
    UnderAssessment,
    PlanEstablished,
    InCare,
    FollowUp,
    Closed,
    Reopened,
}

public enum IntakeChannel
{
    InPerson,
    Phone,
    Hotline,
    Letter,
    Email,
    Outreach,
}

/// <summary>Who reported the child (DOMAIN.md "referral source").</summary>
public enum ReferralSource
{
    Child,
    Family,
    Community,
    LocalAuthority,
    School,
    Health,
    Police,
    Gendarmerie,
    Judiciary,
    Association,
    Eps,
    EntraideNationale,
    Hotline,
    Media,
    Consulate,
    Other,
}

public enum RiskLevel
{
    Low,
    Medium,
    High,
}

public enum PlaceOfOccurrence
{
    Unknown,
    Home,
    School,
    Street,
    Workplace,
    Institution,
    Online,
    Other,
}

/// <summary>Alleged perpetrator's relationship to the child (restricted; reported in aggregates only).</summary>
public enum PerpetratorRelationship
{
    Unknown,
    Parent,
    StepParent,
    Sibling,
    OtherRelative,
    Acquaintance,
    Stranger,
    Employer,
    Peer,
    InstitutionStaff,
}

public enum NotRetainedReason
{
    NoProtectionConcern,
    OutsideMandate,
    HandledByAnotherService,
    Duplicate,
    InsufficientInformation,
    Other,
}

public enum ClosureReason
{
    ObjectivesReached,
    DangerEnded,
    TakenOverByOtherService,
    ReachedMajority,
    MovedAway,
    RefusedServices,
    LostContact,
    Death,
    DuplicateOrError,
}

public enum JudgeType
{
    Prosecutor,
    JuvenileJudge,
    GuardianshipJudge,
    FamilyJudge,
    Other,
}

public enum AssessmentDomain
{
    Safety,
    Health,
    Education,
    Family,
    MaterialConditions,
    LegalStatus,
}

public enum ConcernLevel
{
    None,
    Low,
    Medium,
    High,
}

public enum ApprovalState
{
    Draft,
    Submitted,
    Approved,
    Rejected,
}

public enum PlanActionStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>Normal notes are visible to whoever may read the case; every other value is restricted.</summary>
public enum NoteSensitivity
{
    Normal,
    Restricted,
    ChildAccount,
    SexualViolence,
    Medical,
    FiliationOrigin,
    Criminal,
}
