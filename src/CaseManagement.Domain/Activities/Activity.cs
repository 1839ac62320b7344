using CaseManagement.Domain.Reference;

namespace CaseManagement.Domain.Activities;

/// <summary>The unit's prevention, coordination and training work (report indicators H1–H4).</summary>
public enum ActivityType
{
    AwarenessSession,
    CoordinationMeeting,
    Training,
    MigrationPrevention,
}

public enum CoordinationKind
{
    ProvincialCommittee,
    CaseConference,
    EpsMeeting,
    Other,
}

/// <summary>Who took part, by category and sex. Counts only: an activity never names a child.</summary>
public sealed record Participants
{
    public int ChildrenFemale { get; init; }
    public int ChildrenMale { get; init; }
    public int ParentsFemale { get; init; }
    public int ParentsMale { get; init; }
    public int ProfessionalsFemale { get; init; }
    public int ProfessionalsMale { get; init; }

    public int Children => ChildrenFemale + ChildrenMale;
    public int Parents => ParentsFemale + ParentsMale;
    public int Professionals => ProfessionalsFemale + ProfessionalsMale;
    public int Total => Children + Parents + Professionals;

    internal bool AnyNegative => ChildrenFemale < 0 || ChildrenMale < 0 || ParentsFemale < 0 || ParentsMale < 0 || ProfessionalsFemale < 0 || ProfessionalsMale < 0;
}

/// <summary>A professional trained in a training session (the cooperation trains the unit's 52 social workers).</summary>
public sealed record Trainee
{
    public string Name { get; init; } = string.Empty;
    public string? Organisation { get; init; }
    public bool Certified { get; init; }
}

/// <summary>
/// An awareness session, a coordination meeting, a training or a migration-prevention action: date, place, milieu,
/// participants by category and sex, hours, topic and organisers; a training lists the professionals trained.
/// Activities carry no child's identity.
/// </summary>
public sealed class Activity : IVersioned, IAudited
{
    public const int MaxTrainees = 200;
    public const int MaxParticipants = 100_000;

    private Activity()
    {
        Place = Topic = string.Empty;
        Participants = new Participants();
        Trainees = [];
    }

    public Guid Id { get; private set; }
    public Guid UnitId { get; private set; }
    public DateOnly Date { get; private set; }
    public ActivityType Type { get; private set; }
    public CoordinationKind? CoordinationKind { get; private set; }
    public string Place { get; private set; }
    public string? CommuneCode { get; private set; }
    public Milieu? Milieu { get; private set; }
    public Participants Participants { get; private set; }
    public decimal Hours { get; private set; }
    public string Topic { get; private set; }
    public string? Organisers { get; private set; }

    /// <summary>Schools or douars reached by an awareness session.</summary>
    public int? PlacesReached { get; private set; }
    public List<Trainee> Trainees { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Activity Record(
        Guid unitId, DateOnly date, ActivityType type, CoordinationKind? coordinationKind, string place, string? communeCode, Milieu? milieu,
        Participants participants, decimal hours, string topic, string? organisers, int? placesReached, IReadOnlyList<Trainee> trainees,
        Guid by, DateTimeOffset at, DateOnly today)
    {
        var activity = new Activity { Id = Guid.NewGuid(), UnitId = unitId, CreatedBy = by, CreatedAt = at };
        activity.Change(date, type, coordinationKind, place, communeCode, milieu, participants, hours, topic, organisers, placesReached, trainees, today);
        return activity;
    }

    public void Change(
        DateOnly date, ActivityType type, CoordinationKind? coordinationKind, string place, string? communeCode, Milieu? milieu,
        Participants participants, decimal hours, string topic, string? organisers, int? placesReached, IReadOnlyList<Trainee> trainees, DateOnly today)
    {
        if (date > today)
            throw new DomainRuleException("Activity.DateInFuture", "An activity is recorded once it has taken place.");
        if (type == ActivityType.CoordinationMeeting && coordinationKind is null)
            throw new DomainRuleException("Activity.CoordinationKindRequired", "Say which kind of coordination meeting it was.");
        if (participants.AnyNegative || participants.Total > MaxParticipants)
            throw new DomainRuleException("Activity.InvalidParticipants", "Participant counts are whole numbers from 0.");
        if (hours is <= 0 or > 500)
            throw new DomainRuleException("Activity.InvalidHours", "The duration is more than 0 and at most 500 hours.");
        if (type != ActivityType.Training && trainees.Count > 0)
            throw new DomainRuleException("Activity.TraineesOnlyForTraining", "Only a training lists trained professionals.");
        if (trainees.Count > MaxTrainees || trainees.Any(t => string.IsNullOrWhiteSpace(t.Name)))
            throw new DomainRuleException("Activity.InvalidTrainees", "Each trained professional has a name.");
        if (string.IsNullOrWhiteSpace(place) || string.IsNullOrWhiteSpace(topic))
            throw new DomainRuleException("Activity.PlaceAndTopicRequired", "An activity has a place and a topic.");

        Date = date;
        Type = type;
        CoordinationKind = type == ActivityType.CoordinationMeeting ? coordinationKind : null;
        Place = place.Trim();
        CommuneCode = string.IsNullOrWhiteSpace(communeCode) ? null : communeCode.Trim();
        Milieu = milieu;
        Participants = participants;
        Hours = hours;
        Topic = topic.Trim();
        Organisers = string.IsNullOrWhiteSpace(organisers) ? null : organisers.Trim();
        PlacesReached = type == ActivityType.AwarenessSession ? placesReached : null;
        Trainees = trainees.Select(t => t with { Name = t.Name.Trim(), Organisation = string.IsNullOrWhiteSpace(t.Organisation) ? null : t.Organisation.Trim() }).ToList();
    }
}
