namespace CaseManagement.Domain.Cases;

/// <summary>The services of the "prise en charge" step (DOMAIN.md), coded for the monthly report (indicator D1).</summary>
public enum ServiceType
{
    PsychosocialSupport,
    HealthAccompaniment,
    PsychologicalCare,
    LegalAid,
    CourtAccompaniment,
    SchoolReintegration,
    VocationalTraining,
    FamilyMediation,
    MaterialAid,
    EmergencyShelter,
    FamilyReintegration,
    PostReintegrationFollowUp,
}

/// <summary>Who delivered a service: the unit's own staff or a partner of the network.</summary>
public enum ServiceDeliverer
{
    Unit,
    Partner,
}

/// <summary>
/// One service delivered to the child of a case: when, what (coded), by whom, and a short note. Recorded once and
/// kept as the log of the care given; a correction is a new entry.
/// </summary>
public sealed class ServiceDelivery : IAudited
{
    public const int NoteMaxLength = 1000;

    private ServiceDelivery()
    {
    }

    public ServiceDelivery(
        Guid caseId, Guid unitId, Guid childId, DateOnly date, ServiceType type, ServiceDeliverer provider, Guid? partnerId, string? note,
        Guid by, DateTimeOffset at, DateOnly today)
    {
        if (date > today)
            throw new DomainRuleException("Service.DateInFuture", "A service is recorded once it has been delivered.");
        if (provider == ServiceDeliverer.Partner && partnerId is null)
            throw new DomainRuleException("Service.PartnerRequired", "Name the partner who delivered the service.");
        Id = Guid.NewGuid();
        CaseId = caseId;
        UnitId = unitId;
        ChildId = childId;
        Date = date;
        Type = type;
        Provider = provider;
        PartnerId = provider == ServiceDeliverer.Partner ? partnerId : null;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecordedBy = by;
        RecordedAt = at;
        RecordedOn = today;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid ChildId { get; private set; }
    public DateOnly Date { get; private set; }
    public ServiceType Type { get; private set; }
    public ServiceDeliverer Provider { get; private set; }
    public Guid? PartnerId { get; private set; }
    public string? Note { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The day it was entered, in the unit's time zone (an entry more than 7 days late is counted in data quality).</summary>
    public DateOnly RecordedOn { get; private set; }
}
