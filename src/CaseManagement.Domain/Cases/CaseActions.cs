namespace CaseManagement.Domain.Cases;

/// <summary>Who acts on a case, as far as the case's own rules care (its access is checked before: unit and assignment).</summary>
public sealed record CaseActor(Guid Id, bool IsSupervisor);

/// <summary>What can be done to a case; <see cref="Case.Refusal"/> says whether this actor may, now.</summary>
public enum CaseAction
{
    Move,
    Assign,
    Assess,
    EditPlan,
    SubmitPlan,
    DecidePlan,
    RequestClosure,
    DecideClosure,

    /// <summary>Notes, attachments, follow-ups, referrals, services delivered.</summary>
    Work,
    UpdateFlags,
    OverrideConsent,
}

/// <summary>Why a case refuses an action: because of who asks (403) or of the state it is in (409).</summary>
public sealed record CaseRefusal(bool BecauseOfWho, string Code, string Message)
{
    public Exception ToException() => BecauseOfWho ? new NotPermittedException(Code, Message) : new DomainRuleException(Code, Message);
}
