namespace CaseManagement.Domain.Placements;

/// <summary>
/// A kafala (law 15-01): a judicial placement of an abandoned child with a kafil, followed by the judge — not an
/// adoption. Statuses move as DOMAIN.md says; every move is kept with its date and reference.
/// </summary>
public sealed class KafalaPlacement : IVersioned, IAudited
{
    /// <summary>From the date of hand-over, a child in kafala in France may claim French nationality after 3 years.</summary>
    public const int FrenchNationalityYears = 3;

    private static readonly Dictionary<KafalaStatus, KafalaStatus[]> Moves = new()
    {
        [KafalaStatus.DeclaredAbandoned] = [KafalaStatus.RequestFiled],
        [KafalaStatus.RequestFiled] = [KafalaStatus.CommissionInquiry],
        [KafalaStatus.CommissionInquiry] = [KafalaStatus.OrderIssued],
        [KafalaStatus.OrderIssued] = [KafalaStatus.HandedOver],
        [KafalaStatus.HandedOver] = [KafalaStatus.FollowUpMorocco, KafalaStatus.AuthorisedToLeave],
        [KafalaStatus.FollowUpMorocco] = [KafalaStatus.AuthorisedToLeave],
        [KafalaStatus.AuthorisedToLeave] = [KafalaStatus.FollowUpAbroad],
        [KafalaStatus.FollowUpAbroad] = [],
        [KafalaStatus.Ended] = [],
    };

    private readonly List<PlacementTransition> _transitions = [];

    private KafalaPlacement()
    {
        Kafils = [];
        Abandonment = new AbandonmentJudgment();
        Procedure = new KafalaProcedure();
        Abroad = new KafalaAbroad();
    }

    public Guid Id { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid ChildId { get; private set; }
    public Guid? CaseId { get; private set; }

    /// <summary>The social worker in charge: with the unit's supervisors, the only one who sees restricted fields.</summary>
    public Guid? ResponsibleId { get; private set; }
    public KafalaStatus Status { get; private set; }
    public AbandonmentJudgment Abandonment { get; private set; }
    public List<Kafil> Kafils { get; private set; }
    public KafalaProcedure Procedure { get; private set; }
    public KafalaAbroad Abroad { get; private set; }

    /// <summary>Concerns recorded: visits every 6 months instead of yearly.</summary>
    public bool HasConcerns { get; private set; }
    public KafalaEnd? End { get; private set; }
    public IReadOnlyList<PlacementTransition> Transitions => _transitions;
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }

    /// <summary>The steps the procedure may take next (ending has its own method).</summary>
    public IReadOnlyList<KafalaStatus> NextStatuses => Moves[Status];

    public bool IsAbroad => Status is KafalaStatus.AuthorisedToLeave or KafalaStatus.FollowUpAbroad;

    /// <summary>Only for France, only once the child is handed over.</summary>
    public DateOnly? NationalityEligibleOn =>
        Procedure.HandOverDate is { } handOver && Abroad.DestinationCountry == "FR" && Status >= KafalaStatus.HandedOver
            ? handOver.AddYears(FrenchNationalityYears)
            : null;

    public static KafalaPlacement Open(
        Guid unitId, Guid childId, Guid? caseId, Guid? responsibleId, AbandonmentJudgment abandonment, IReadOnlyList<Kafil> kafils,
        KafalaProcedure procedure, bool hasConcerns, Guid by, DateTimeOffset at)
    {
        if (kafils.Count == 0)
            throw new DomainRuleException("Kafala.KafilRequired", "A kafala names its kafil.");
        if (kafils.Any(k => k.Kind == KafilKind.Couple) && kafils.Count > 2)
            throw new DomainRuleException("Kafala.TooManyKafils", "A couple is two kafils at most.");
        var placement = new KafalaPlacement
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            ChildId = childId,
            CaseId = caseId,
            ResponsibleId = responsibleId,
            Status = KafalaStatus.DeclaredAbandoned,
            Abandonment = abandonment,
            Kafils = kafils.ToList(),
            Procedure = procedure,
            HasConcerns = hasConcerns,
            CreatedAt = at,
            CreatedBy = by,
        };
        placement._transitions.Add(new PlacementTransition(nameof(KafalaStatus.DeclaredAbandoned), nameof(KafalaStatus.DeclaredAbandoned), null, null, by, at));
        return placement;
    }

    public void Update(AbandonmentJudgment abandonment, IReadOnlyList<Kafil> kafils, KafalaProcedure procedure, KafalaAbroad abroad, bool hasConcerns)
    {
        if (kafils.Count == 0)
            throw new DomainRuleException("Kafala.KafilRequired", "A kafala names its kafil.");
        Abandonment = abandonment;
        Kafils = kafils.ToList();
        Procedure = procedure;
        Abroad = abroad;
        HasConcerns = hasConcerns;
    }

    public void AssignTo(Guid? responsibleId) => ResponsibleId = responsibleId;

    /// <summary>
    /// Moves the procedure on. The date is that of the step (request, inquiry, order, hand-over, authorisation);
    /// the reference is the step's document (order number, procès-verbal, authorisation).
    /// </summary>
    public void MoveTo(KafalaStatus to, DateOnly date, string? reference, string? destinationCountry, Guid by, DateTimeOffset at)
    {
        if (to == KafalaStatus.Ended)
            throw new DomainRuleException("Kafala.EndNeedsCause", "Ending a kafala goes through its end, with a cause.");
        if (!Moves[Status].Contains(to))
            throw new DomainRuleException("Kafala.InvalidTransition", $"A kafala cannot move from {Status} to {to}.");

        switch (to)
        {
            case KafalaStatus.RequestFiled:
                Procedure = Procedure with { RequestDate = date, RequestFileNumber = reference ?? Procedure.RequestFileNumber };
                break;
            case KafalaStatus.CommissionInquiry:
                Procedure = Procedure with { InquiryDate = date };
                break;
            case KafalaStatus.OrderIssued:
                if (string.IsNullOrWhiteSpace(reference ?? Procedure.OrderNumber))
                    throw new DomainRuleException("Kafala.OrderNeedsNumber", "An ordonnance de kafala has a number.");
                Procedure = Procedure with { OrderDate = date, OrderNumber = reference ?? Procedure.OrderNumber };
                break;
            case KafalaStatus.HandedOver:
                Procedure = Procedure with { HandOverDate = date, HandOverReportReference = reference ?? Procedure.HandOverReportReference };
                break;
            case KafalaStatus.AuthorisedToLeave:
                if (string.IsNullOrWhiteSpace(destinationCountry) && string.IsNullOrWhiteSpace(Abroad.DestinationCountry))
                    throw new DomainRuleException("Kafala.DestinationRequired", "Leaving Morocco needs the destination country.");
                Abroad = Abroad with
                {
                    LeaveAuthorisationDate = date,
                    LeaveAuthorisationReference = reference ?? Abroad.LeaveAuthorisationReference,
                    DestinationCountry = destinationCountry?.Trim().ToUpperInvariant() ?? Abroad.DestinationCountry,
                };
                break;
        }

        Record(to, date, reference, by, at);
    }

    public void Terminate(KafalaEndCause cause, DateOnly date, string? decisionReference, Guid by, DateTimeOffset at)
    {
        if (Status == KafalaStatus.Ended)
            throw new DomainRuleException("Kafala.AlreadyEnded", "This kafala has already ended.");
        End = new KafalaEnd { Cause = cause, Date = date, DecisionReference = decisionReference };
        Record(KafalaStatus.Ended, date, cause.ToString(), by, at);
    }

    private void Record(KafalaStatus to, DateOnly date, string? reference, Guid by, DateTimeOffset at)
    {
        _transitions.Add(new PlacementTransition(Status.ToString(), to.ToString(), date, reference, by, at));
        Status = to;
    }
}

/// <summary>A kafala follow-up report: a visit, a consular report, a report to the judge, one from the French Département.</summary>
public sealed class KafalaReport : IAudited
{
    private KafalaReport()
    {
        Findings = [];
    }

    public KafalaReport(
        Guid placementId, Guid unitId, DateOnly date, KafalaReportType type, Guid authorId, IReadOnlyList<CheckFinding> findings,
        string? concerns, string? actions, DateOnly? sentToJudgeOn, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        PlacementId = placementId;
        UnitId = unitId;
        Date = date;
        Type = type;
        AuthorId = authorId;
        Findings = findings.ToList();
        Concerns = concerns;
        Actions = actions;
        SentToJudgeOn = sentToJudgeOn;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid PlacementId { get; private set; }
    public Guid UnitId { get; private set; }
    public DateOnly Date { get; private set; }
    public KafalaReportType Type { get; private set; }
    public Guid AuthorId { get; private set; }
    public List<CheckFinding> Findings { get; private set; }
    public string? Concerns { get; private set; }
    public string? Actions { get; private set; }
    public bool SentToJudge => SentToJudgeOn is not null;
    public DateOnly? SentToJudgeOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>One status change of a placement (kafala or EPS): from, to, the step's date and reference, who and when.</summary>
public sealed class PlacementTransition
{
    private PlacementTransition()
    {
        From = To = string.Empty;
    }

    public PlacementTransition(string from, string to, DateOnly? date, string? reference, Guid by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        From = from;
        To = to;
        Date = date;
        Reference = reference;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public string From { get; private set; }
    public string To { get; private set; }
    public DateOnly? Date { get; private set; }
    public string? Reference { get; private set; }
    public Guid By { get; private set; }
    public DateTimeOffset At { get; private set; }
}
