namespace CaseManagement.Domain.Placements;

public enum EstablishmentCategory
{
    AbandonedChildren,
    ChildProtectionCentre,
    SchooledChildren,
    StreetAndBegging,
    Women,
    Elderly,
    Disability,
    MobileAssistance,
}

public enum EpsLegalBasis
{
    Prosecutor,
    JuvenileJudge,
    GuardianshipJudge,
    Administrative,
}

public enum EpsStatus
{
    AdmittedProvisional,
    Admitted,
    Present,
    Runaway,
    Hospitalised,
    Exited,
}

public enum IncidentKind
{
    Runaway,
    Violence,
    Hospitalisation,
    Complaint,
}

public enum EpsExitReason
{
    FamilyReintegration,
    Kafala,
    Transfer,
    Majority,
    Death,
    RunawayNotReturned,
}

/// <summary>A social protection establishment (EPS) authorised under law 65-15. Reference data of the province.</summary>
public sealed class Establishment : IVersioned, IAudited
{
    private Establishment()
    {
        Name = NameAr = string.Empty;
    }

    public Establishment(string name, string nameAr, EstablishmentCategory category, int capacity)
    {
        Id = Guid.NewGuid();
        Name = name;
        NameAr = nameAr;
        Category = category;
        Capacity = capacity;
        IsActive = true;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string NameAr { get; private set; }
    public string? AuthorisationNumber { get; private set; }
    public DateOnly? AuthorisationDate { get; private set; }
    public EstablishmentCategory Category { get; private set; }
    public string? ManagingBody { get; private set; }
    public int Capacity { get; private set; }
    public int? CapacityGirls { get; private set; }
    public int? CapacityBoys { get; private set; }
    public int? AgeMin { get; private set; }
    public int? AgeMax { get; private set; }
    public string? CommuneCode { get; private set; }
    public string? Director { get; private set; }
    public string? Contacts { get; private set; }
    public DateOnly? LastInspectionOn { get; private set; }
    public DateOnly? ProjectOn { get; private set; }
    public DateOnly? InternalRulesOn { get; private set; }
    public bool HasProject => ProjectOn is not null;
    public bool HasInternalRules => InternalRulesOn is not null;
    public bool IsActive { get; private set; }

    public void Change(
        string name, string nameAr, EstablishmentCategory category, string? authorisationNumber, DateOnly? authorisationDate, string? managingBody,
        int capacity, int? capacityGirls, int? capacityBoys, int? ageMin, int? ageMax, string? communeCode, string? director, string? contacts,
        DateOnly? lastInspectionOn, DateOnly? projectOn, DateOnly? internalRulesOn, bool isActive)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(nameAr))
            throw new DomainRuleException("Establishment.NameRequired", "An establishment needs a French and an Arabic name.");
        if (capacity < 0 || capacityGirls + capacityBoys > capacity)
            throw new DomainRuleException("Establishment.InvalidCapacity", "The capacity by sex cannot exceed the total capacity.");
        if (ageMin > ageMax)
            throw new DomainRuleException("Establishment.InvalidAges", "The youngest age cannot be above the oldest.");
        (Name, NameAr, Category, AuthorisationNumber, AuthorisationDate, ManagingBody) = (name.Trim(), nameAr.Trim(), category, authorisationNumber, authorisationDate, managingBody);
        (Capacity, CapacityGirls, CapacityBoys, AgeMin, AgeMax) = (capacity, capacityGirls, capacityBoys, ageMin, ageMax);
        (CommuneCode, Director, Contacts, LastInspectionOn, ProjectOn, InternalRulesOn, IsActive) =
            (communeCode, director, contacts, lastInspectionOn, projectOn, internalRulesOn, isActive);
    }
}

public sealed record Incident
{
    public DateOnly Date { get; init; }
    public IncidentKind Kind { get; init; }
    public string Description { get; init; } = string.Empty;
    public string? Action { get; init; }
}

/// <summary>A child's placement in an EPS (law 65-15): admission, individual project, reviews, incidents and exit.</summary>
public sealed class EpsPlacement : IVersioned, IAudited
{
    private static readonly Dictionary<EpsStatus, EpsStatus[]> Moves = new()
    {
        [EpsStatus.AdmittedProvisional] = [EpsStatus.Admitted],
        [EpsStatus.Admitted] = [EpsStatus.Present, EpsStatus.Runaway, EpsStatus.Hospitalised],
        [EpsStatus.Present] = [EpsStatus.Runaway, EpsStatus.Hospitalised],
        [EpsStatus.Runaway] = [EpsStatus.Present],
        [EpsStatus.Hospitalised] = [EpsStatus.Present],
        [EpsStatus.Exited] = [],
    };

    private readonly List<PlacementTransition> _transitions = [];

    private EpsPlacement()
    {
        Incidents = [];
    }

    public Guid Id { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid ChildId { get; private set; }
    public Guid? CaseId { get; private set; }
    public Guid EstablishmentId { get; private set; }
    public Guid? ResponsibleId { get; private set; }
    public EpsStatus Status { get; private set; }
    public DateOnly AdmittedOn { get; private set; }
    public EpsLegalBasis LegalBasis { get; private set; }
    public string? DecisionReference { get; private set; }
    public string? Reason { get; private set; }
    public DateOnly? PeiDate { get; private set; }
    public string? PeiObjectives { get; private set; }
    public string? FamilyContactPlan { get; private set; }
    public List<Incident> Incidents { get; private set; }
    public DateOnly? ExitDate { get; private set; }
    public EpsExitReason? ExitReason { get; private set; }
    public string? ExitDestination { get; private set; }
    public IReadOnlyList<PlacementTransition> Transitions => _transitions;
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }

    /// <summary>The presence changes possible now (the exit has its own method).</summary>
    public IReadOnlyList<EpsStatus> NextStatuses => Moves[Status];

    public static EpsPlacement Admit(
        Guid unitId, Guid childId, Guid? caseId, Guid establishmentId, Guid? responsibleId, DateOnly admittedOn, bool provisional,
        EpsLegalBasis legalBasis, string? decisionReference, string? reason, Guid by, DateTimeOffset at)
    {
        if (legalBasis != EpsLegalBasis.Administrative && string.IsNullOrWhiteSpace(decisionReference))
            throw new DomainRuleException("Eps.DecisionReferenceRequired", "A judicial admission carries the decision's reference.");
        var status = provisional ? EpsStatus.AdmittedProvisional : EpsStatus.Admitted;
        var placement = new EpsPlacement
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            ChildId = childId,
            CaseId = caseId,
            EstablishmentId = establishmentId,
            ResponsibleId = responsibleId,
            Status = status,
            AdmittedOn = admittedOn,
            LegalBasis = legalBasis,
            DecisionReference = decisionReference,
            Reason = reason,
            CreatedAt = at,
            CreatedBy = by,
        };
        placement._transitions.Add(new PlacementTransition(status.ToString(), status.ToString(), admittedOn, decisionReference, by, at));
        return placement;
    }

    public void UpdateProject(DateOnly? peiDate, string? peiObjectives, string? familyContactPlan)
    {
        RequireOpen();
        (PeiDate, PeiObjectives, FamilyContactPlan) = (peiDate, peiObjectives, familyContactPlan);
    }

    public void AssignTo(Guid? responsibleId) => ResponsibleId = responsibleId;

    public void MoveTo(EpsStatus to, DateOnly date, string? reference, Guid by, DateTimeOffset at)
    {
        if (to == EpsStatus.Exited)
            throw new DomainRuleException("Eps.ExitNeedsReason", "A child leaves the establishment through an exit, with its reason.");
        if (!Moves[Status].Contains(to))
            throw new DomainRuleException("Eps.InvalidTransition", $"An EPS placement cannot move from {Status} to {to}.");
        Record(to, date, reference, by, at);
    }

    /// <summary>Records an incident; a runaway or a hospitalisation also changes the child's presence.</summary>
    public void RecordIncident(Incident incident, Guid by, DateTimeOffset at)
    {
        RequireOpen();
        if (string.IsNullOrWhiteSpace(incident.Description))
            throw new DomainRuleException("Eps.IncidentNeedsDescription", "Describe the incident.");
        Incidents = [.. Incidents, incident];
        var presence = incident.Kind switch
        {
            IncidentKind.Runaway => EpsStatus.Runaway,
            IncidentKind.Hospitalisation => EpsStatus.Hospitalised,
            _ => Status,
        };
        if (presence != Status && Moves[Status].Contains(presence))
            Record(presence, incident.Date, null, by, at);
    }

    public void Exit(DateOnly date, EpsExitReason reason, string? destination, Guid by, DateTimeOffset at)
    {
        RequireOpen();
        if (date < AdmittedOn)
            throw new DomainRuleException("Eps.ExitBeforeAdmission", "The exit cannot come before the admission.");
        (ExitDate, ExitReason, ExitDestination) = (date, reason, destination);
        Record(EpsStatus.Exited, date, reason.ToString(), by, at);
    }

    private void RequireOpen()
    {
        if (Status == EpsStatus.Exited)
            throw new DomainRuleException("Eps.Exited", "The child has left this establishment.");
    }

    private void Record(EpsStatus to, DateOnly date, string? reference, Guid by, DateTimeOffset at)
    {
        _transitions.Add(new PlacementTransition(Status.ToString(), to.ToString(), date, reference, by, at));
        Status = to;
    }
}
