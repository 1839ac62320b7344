namespace CaseManagement.Domain.Referrals;

public enum PartnerType
{
    Health,
    Justice,
    Police,
    Education,
    Eps,
    Association,
    EntraideNationale,
    Other,
}

public enum ReferralStatus
{
    Proposed,
    Sent,
    Accepted,
    Refused,
    ServiceDelivered,
    FeedbackReceived,
    Closed,
}

/// <summary>A partner of the unit's network (reference data): hospital, court, school, association, EPS…</summary>
public sealed class Partner : IVersioned, IAudited
{
    private Partner()
    {
        Name = NameAr = string.Empty;
    }

    public Partner(string name, string nameAr, PartnerType type, IEnumerable<string> services, string? communeCode, string? contact)
    {
        Id = Guid.NewGuid();
        Name = NameAr = string.Empty;
        Change(name, nameAr, type, services, communeCode, contact, isActive: true);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string NameAr { get; private set; }
    public PartnerType Type { get; private set; }
    public List<string> Services { get; private set; } = [];
    public string? CommuneCode { get; private set; }
    public string? Contact { get; private set; }
    public bool IsActive { get; private set; }

    public void Change(string name, string nameAr, PartnerType type, IEnumerable<string> services, string? communeCode, string? contact, bool isActive)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(nameAr))
            throw new DomainRuleException("Partner.NameRequired", "A partner needs a French and an Arabic name.");
        Name = name.Trim();
        NameAr = nameAr.Trim();
        Type = type;
        Services = services.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
        CommuneCode = string.IsNullOrWhiteSpace(communeCode) ? null : communeCode;
        Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim();
        IsActive = isActive;
    }
}

/// <summary>A referral of a case to a partner, with the family's consent or a supervisor's recorded override.</summary>
public sealed class Referral : IVersioned, IAudited
{
    public const int DefaultResponseDays = 30;

    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Moves = new()
    {
        [ReferralStatus.Proposed] = [ReferralStatus.Sent, ReferralStatus.Closed],
        [ReferralStatus.Sent] = [ReferralStatus.Accepted, ReferralStatus.Refused],
        [ReferralStatus.Accepted] = [ReferralStatus.ServiceDelivered],
        [ReferralStatus.Refused] = [ReferralStatus.Closed],
        [ReferralStatus.ServiceDelivered] = [ReferralStatus.FeedbackReceived],
        [ReferralStatus.FeedbackReceived] = [ReferralStatus.Closed],
        [ReferralStatus.Closed] = [],
    };

    private Referral()
    {
        Service = Reason = string.Empty;
    }

    public Referral(
        Guid caseId, Guid unitId, Guid partnerId, string service, string reason, string? informationShared,
        bool consentGiven, string? consentGivenBy, DateOnly? consentDate, string? consentOverrideReason, Guid by, DateTimeOffset at)
    {
        if (!consentGiven && string.IsNullOrWhiteSpace(consentOverrideReason))
            throw new DomainRuleException("Referral.ConsentRequired", "A referral needs consent, or a supervisor's override with a reason.");
        Id = Guid.NewGuid();
        CaseId = caseId;
        UnitId = unitId;
        PartnerId = partnerId;
        Service = service.Trim();
        Reason = reason.Trim();
        InformationShared = informationShared;
        ConsentGiven = consentGiven;
        ConsentGivenBy = consentGivenBy;
        ConsentDate = consentDate;
        ConsentOverrideReason = consentGiven ? null : consentOverrideReason!.Trim();
        ConsentOverriddenBy = consentGiven ? null : by;
        Status = ReferralStatus.Proposed;
        CreatedBy = by;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid PartnerId { get; private set; }
    public string Service { get; private set; }
    public string Reason { get; private set; }
    public string? InformationShared { get; private set; }
    public bool ConsentGiven { get; private set; }
    public string? ConsentGivenBy { get; private set; }
    public DateOnly? ConsentDate { get; private set; }
    public string? ConsentOverrideReason { get; private set; }
    public Guid? ConsentOverriddenBy { get; private set; }
    public ReferralStatus Status { get; private set; }
    public DateOnly? SentOn { get; private set; }
    public DateOnly? ExpectedResponseOn { get; private set; }

    /// <summary>The day the partner's service was recorded as delivered.</summary>
    public DateOnly? ServiceDeliveredOn { get; private set; }

    /// <summary>The day the partner's feedback was recorded.</summary>
    public DateOnly? FeedbackOn { get; private set; }
    public string? Feedback { get; private set; }
    public string? Outcome { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }

    public bool FeedbackOverdue(DateOnly today) =>
        ExpectedResponseOn is { } expected && expected < today && Status is not (ReferralStatus.FeedbackReceived or ReferralStatus.Closed);

    public void MoveTo(ReferralStatus to, string? feedback, string? outcome, DateOnly? expectedResponseOn, DateOnly today, DateTimeOffset at)
    {
        if (!Moves[Status].Contains(to))
            throw new DomainRuleException("Referral.InvalidTransition", $"A referral cannot move from {Status} to {to}.");
        if (to == ReferralStatus.FeedbackReceived && string.IsNullOrWhiteSpace(feedback))
            throw new DomainRuleException("Referral.FeedbackRequired", "Record the partner's feedback.");
        if (to == ReferralStatus.Sent)
        {
            SentOn = today;
            ExpectedResponseOn = expectedResponseOn ?? today.AddDays(DefaultResponseDays);
        }

        if (to == ReferralStatus.ServiceDelivered)
            ServiceDeliveredOn = today;
        if (to == ReferralStatus.FeedbackReceived)
            FeedbackOn = today;
        if (!string.IsNullOrWhiteSpace(feedback))
            Feedback = feedback.Trim();
        if (!string.IsNullOrWhiteSpace(outcome))
            Outcome = outcome.Trim();
        Status = to;
        UpdatedAt = at;
    }
}
