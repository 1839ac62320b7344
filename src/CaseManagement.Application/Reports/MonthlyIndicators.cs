using CaseManagement.Application.Data;
using CaseManagement.Domain.Activities;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using CaseManagement.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Reports;

/// <summary>
/// Computes the monthly report's indicators (DOMAIN.md and the brief §6.5, groups A to I) for a unit and a month, in the
/// database: every figure is a grouped or counting query over the month's rows, found through indexes on the days of
/// the steps; nothing loads cases into memory. Periods are days in the unit's time zone. Counts of children are distinct
/// children; counts of reports, services, referrals and activities count those. The definitions printed in the report's
/// annex (resources <c>Indicator.{code}.Definition</c>) describe exactly these queries.
/// </summary>
public sealed class MonthlyIndicators(CaseDbContext db)
{
    public const string Unknown = "?";

    /// <summary>Age bands at intake (UNICEF): the keys of table A3.age.</summary>
    public static readonly IReadOnlyList<string> AgeBands = ["<1", "1-4", "5-9", "10-14", "15-17", "18+", Unknown];

    public async Task<IndicatorSet> ComputeAsync(Guid unitId, int year, int month, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId, ct);
        var run = new Run(db, unit, year, month);
        return await run.ComputeAsync(ct);
    }

    /// <summary>One computation: the unit, its three periods and the figures gathered so far.</summary>
    private sealed class Run(CaseDbContext db, Unit unit, int year, int month)
    {
        private readonly Guid _unitId = unit.Id;
        private readonly TimelinessStandards _standards = unit.Standards;
        private readonly ReportPeriod _month = ReportPeriod.Month(year, month, unit.TimeZoneId);
        private readonly ReportPeriod _yearToDate = ReportPeriod.YearToDate(year, month, unit.TimeZoneId);
        private readonly ReportPeriod _lastYear = ReportPeriod.Month(year - 1, month, unit.TimeZoneId);
        private readonly List<Indicator> _indicators = [];
        private readonly List<IndicatorTable> _tables = [];
        private readonly Dictionary<string, Names> _names = [];

        private const int TriageMinutes = 24 * 60;
        private const int LateEntryDays = 7;

        private Dictionary<ReportPeriod, NewChildFigures> _newChildren = [];
        private Dictionary<ReportPeriod, ServiceFigures> _services = [];
        private Dictionary<ReportPeriod, StockFigures> _stocks = [];
        private Dictionary<ReportPeriod, long> _lateReports = [];

        private IQueryable<Case> Cases => db.Cases.AsNoTracking().Where(c => c.UnitId == _unitId);

        private IQueryable<Child> Children => db.Children.AsNoTracking();

        public async Task<IndicatorSet> ComputeAsync(CancellationToken ct)
        {
            await VolumesAsync(ct);
            await ProfileAsync(ct);
            await TimelinessAsync(ct);
            await ServicesAsync(ct);
            await JudicialAsync(ct);
            await AlternativeCareAsync(ct);
            await KafalaAsync(ct);
            await ActivitiesAsync(ct);
            await DataQualityAsync(ct);
            return new IndicatorSet
            {
                Year = year,
                Month = month,
                TimeZone = unit.TimeZoneId,
                Parameters = new ReportParameters
                {
                    EvaluationDays = _standards.EvaluationDays,
                    UrgentEvaluationDays = _standards.UrgentEvaluationDays,
                    PlanDays = _standards.PlanDays,
                    ReferralFeedbackDays = _standards.ReferralFeedbackDays,
                },
                Indicators = _indicators,
                Tables = _tables,
                NewChildrenByMonth = NewChildrenByMonth(),
                Names = _names,
            };
        }

        // ---- A. Volumes and flows -------------------------------------------------------------------------------------

        private async Task VolumesAsync(CancellationToken ct)
        {
            var received = await PerPeriodAsync(p => Received(p).GroupBy(_ => 1).Select(g => new ReceivedFigures(
                g.LongCount(),
                g.Where(c => c.Urgent).Select(c => c.ChildId).Distinct().LongCount(),
                g.LongCount(c => c.TriageMinutes != null && c.TriageMinutes <= TriageMinutes),
                g.LongCount(c => c.Urgent),
                g.LongCount(c => c.Urgent && c.FirstContactOn != null && c.FirstContactOn <= c.ReceivedOn),
                g.LongCount(c => c.RecordedOn.DayNumber - c.ReceivedOn.DayNumber > LateEntryDays))), ReceivedFigures.None, ct);
            AddCounts("A1", p => received[p].Reports);
            await CountTableAsync("A1.source", "ReferralSource", "A1", Received(_month).GroupBy(c => c.Intake.Source).Select(g => new Cell(g.Key.ToString(), g.LongCount())), ct);
            await CountTableAsync("A1.channel", "IntakeChannel", "A1", Received(_month).GroupBy(c => c.Intake.Channel).Select(g => new Cell(g.Key.ToString(), g.LongCount())), ct);

            var moves = await PerPeriodAsync(p => (from t in db.Set<CaseTransition>().AsNoTracking()
                                                   where (t.To == CaseStatus.NotRetained || t.To == CaseStatus.Closed || t.To == CaseStatus.Reopened)
                                                         && t.Day >= p.First && t.Day <= p.Last
                                                   join c in Cases on EF.Property<Guid>(t, "CaseId") equals c.Id
                                                   select new { t.To, t.Day, c.ChildId, c.TakenInChargeOn })
                .GroupBy(_ => 1).Select(g => new MoveFigures(
                    g.LongCount(x => x.To == CaseStatus.NotRetained),
                    g.Where(x => x.To == CaseStatus.Closed).Select(x => x.ChildId).Distinct().LongCount(),
                    g.Where(x => x.To == CaseStatus.Reopened).Select(x => x.ChildId).Distinct().LongCount(),
                    g.Where(x => x.To == CaseStatus.Closed && x.TakenInChargeOn != null).Average(x => (double?)(x.Day.DayNumber - x.TakenInChargeOn!.Value.DayNumber)),
                    g.LongCount(x => x.To == CaseStatus.Closed && x.TakenInChargeOn != null))), MoveFigures.None, ct);
            AddCounts("A2", p => moves[p].NotRetained);
            await CountTableAsync("A2.reason", "NotRetainedReason", "A2", Moved(CaseStatus.NotRetained, _month)
                .GroupBy(c => c.NotRetainedReason).Select(g => new Cell(g.Key == null ? Unknown : g.Key.ToString()!, g.LongCount())), ct);

            // The children taken in charge, read once for every period and breakdown below (groups A, B and I).
            await TakenInChargeRowsAsync(ct);
            _newChildren = Periods.ToDictionary(p => p, p => NewChildFigures.Of(TakenIn(p)));
            AddCounts("A3", p => _newChildren[p].Children);
            NewChildrenTable("A3.age", "AgeBand", BySex(_monthTaken, r => r.AgeBand));

            _stocks = [];
            foreach (var end in new[] { _month, _lastYear })
                _stocks[end] = await StocksAsync(end, ct);
            AddStock("A4", end => _stocks[end].Children);
            var caseload = await ActiveAt(_month).Where(c => c.AssignedTo != null).GroupBy(c => c.AssignedTo).Select(g => g.LongCount()).ToListAsync(ct);
            _indicators.Add(new Indicator("A4.1", FigureKind.Mean, Figure.Average(Mean(caseload.Sum(), caseload.Count), caseload.Count), null, null));

            AddCounts("A5", p => moves[p].ClosedChildren);
            var closures = await (from t in Moves(CaseStatus.Closed, _month)
                                  join c in Cases on EF.Property<Guid>(t, "CaseId") equals c.Id
                                  group c.ChildId by t.Reason into g
                                  select new Cell(g.Key ?? Unknown, g.Distinct().LongCount())).ToListAsync(ct);
            AddCountTable("A5.reason", "ClosureReason", closures, "A5");

            AddCounts("A6", p => moves[p].ReopenedChildren);
            AddCounts("A7", p => received[p].UrgentChildren);
            Add("C1", FigureKind.Rate, p => Figure.Rate(received[p].TriagedInTime, received[p].Reports));
            Add("C2", FigureKind.Rate, p => Figure.Rate(received[p].UrgentSeenSameDay, received[p].Urgent));
            Add("C6", FigureKind.Mean, p => Figure.Average(moves[p].MeanDuration is { } mean ? Math.Round((decimal)mean, 1) : null, moves[p].Durations));
            _lateReports = received.ToDictionary(r => r.Key, r => r.Value.LateEntries);
        }

        // ---- B. Profile of the children taken in charge -----------------------------------------------------------------

        private async Task ProfileAsync(CancellationToken ct)
        {
            var month = _monthTaken.ToDictionary(r => r.CaseId);
            var concerns = (await (from c in TakenInCharge(_month) from x in c.Concerns select new { CaseId = c.Id, x.Code, x.IsPrimary }).ToListAsync(ct))
                .Where(x => month.ContainsKey(x.CaseId)) // a case recorded between the two reads waits for the next computation
                .Select(x => (Row: month[x.CaseId], x.Code, x.IsPrimary)).ToList();
            NewChildrenTable("B1.primary", "Concern", BySex(concerns.Where(x => x.IsPrimary), x => x.Code, x => x.Row));
            NewChildrenTable("B1.all", "Concern", BySex(concerns, x => x.Code, x => x.Row));
            Link("B1.all", "MIG", "B3.4");
            var communes = await db.Communes.AsNoTracking().Select(c => new { c.Code, c.Name, c.NameAr, c.Milieu }).ToListAsync(ct);
            var milieux = communes.ToDictionary(c => c.Code, c => c.Milieu.ToString());
            NewChildrenTable("B2.commune", "Commune", BySex(month.Values, r => r.CommuneCode ?? Unknown));
            NewChildrenTable("B2.milieu", "Milieu", BySex(month.Values, r => r.CommuneCode is { } code && milieux.TryGetValue(code, out var milieu) ? milieu : Unknown));
            foreach (var commune in communes)
                _names["Commune:" + commune.Code] = new Names(commune.Name, commune.NameAr);

            AddCounts("B3.1", p => _newChildren[p].WithDisability);
            AddCounts("B3.2", p => _newChildren[p].OutOfSchool);
            AddCounts("B3.3", p => _newChildren[p].Foreign);
            AddCounts("B3.4", p => DistinctChildren(In(_migration, p)));
            AddCounts("B3.5", p => _newChildren[p].NotRegistered);

            AddCountTable("B4.place", "PlaceOfOccurrence", Distinct(month.Values, r => r.Place.ToString()), "A3");
            AddCountTable("B4.perpetrator", "PerpetratorRelationship", Distinct(month.Values, r => r.Perpetrator?.ToString() ?? Unknown), "A3");
        }

        // ---- C. Process and timeliness -------------------------------------------------------------------------------

        private async Task TimelinessAsync(CancellationToken ct)
        {

            // Evaluations completed in the period: days from the report, with the urgency that sets the standard.
            var evaluations = new Dictionary<ReportPeriod, List<(int Days, bool Urgent, long N)>>();
            foreach (var p in Periods)
            {
                var rows = await Cases.Where(c => c.EvaluatedOn >= p.First && c.EvaluatedOn <= p.Last)
                    .GroupBy(c => new { Days = c.EvaluatedOn!.Value.DayNumber - c.ReceivedOn.DayNumber, c.Urgent })
                    .Select(g => new { g.Key.Days, g.Key.Urgent, N = g.LongCount() }).ToListAsync(ct);
                evaluations[p] = rows.Select(r => (r.Days, r.Urgent, r.N)).ToList();
            }

            Add("C3", FigureKind.Median, p => Figure.Average(Median(evaluations[p].Select(e => (e.Days, e.N))), evaluations[p].Sum(e => e.N)));
            Add("C3.1", FigureKind.Rate, p => Figure.Rate(
                evaluations[p].Where(e => e.Days <= (e.Urgent ? _standards.UrgentEvaluationDays : _standards.EvaluationDays)).Sum(e => e.N),
                evaluations[p].Sum(e => e.N)));

            // Plans due in the period: files taken in charge PlanDays before; approved within PlanDays of the opening.
            var planDays = _standards.PlanDays;
            var plans = await PerPeriodAsync(p =>
            {
                var (from, to) = (p.First.AddDays(-planDays), p.Last.AddDays(-planDays));
                return Cases.Where(c => c.TakenInChargeOn >= from && c.TakenInChargeOn <= to).GroupBy(_ => 1).Select(g => new Ratio(
                    g.LongCount(c => c.PlanApprovedOn != null && c.PlanApprovedOn.Value.DayNumber - c.TakenInChargeOn!.Value.DayNumber <= planDays), g.LongCount()));
            }, new Ratio(0, 0), ct);
            Add("C4", FigureKind.Rate, p => Figure.Rate(plans[p].N, plans[p].Of));
            AddStock("C5.30", end => _stocks[end].WithoutContact30);
            AddStock("C5.90", end => _stocks[end].WithoutContact90);
        }

        // ---- D. Services and referrals -------------------------------------------------------------------------------

        private async Task ServicesAsync(CancellationToken ct)
        {
            var services = await PerPeriodAsync(p => Services(p).GroupBy(x => x.ChildId).Select(g => new
                {
                    Services = g.Count(),
                    AccompaniedToCourt = g.Max(x => x.Type == ServiceType.CourtAccompaniment ? 1 : 0),
                    PostReintegration = g.Count(x => x.Type == ServiceType.PostReintegrationFollowUp),
                    LateEntries = g.Count(x => x.RecordedOn.DayNumber - x.Date.DayNumber > LateEntryDays),
                })
                .GroupBy(_ => 1).Select(g => new ServiceFigures(g.Sum(x => (long)x.Services), g.LongCount(), g.Sum(x => (long)x.AccompaniedToCourt),
                    g.Sum(x => (long)x.PostReintegration), g.Sum(x => (long)x.LateEntries))), ServiceFigures.None, ct);
            _services = services;
            AddCounts("D1", p => services[p].Services);
            await CountTableAsync("D1.type", "ServiceType", "D1", Services(_month).GroupBy(s => s.Type).Select(g => new Cell(g.Key.ToString(), g.LongCount())), ct);
            AddCounts("D1.1", p => services[p].Children);

            await FlowAsync("D2", p => Referrals(p).LongCountAsync(ct));
            await CountTableAsync("D2.partner", "PartnerType", "D2", (from r in Referrals(_month)
                                                                join partner in db.Partners on r.PartnerId equals partner.Id
                                                                group r by partner.Type into g
                                                                select new Cell(g.Key.ToString(), g.LongCount())), ct);

            var days = _standards.ReferralFeedbackDays;
            var feedback = await PerPeriodAsync(p =>
            {
                var (from, to, last) = (p.First.AddDays(-days), p.Last.AddDays(-days), p.Last);
                return db.Referrals.AsNoTracking().Where(r => r.UnitId == _unitId && r.SentOn >= from && r.SentOn <= to).GroupBy(_ => 1).Select(g => new FeedbackFigures(
                    g.LongCount(r => r.FeedbackOn != null && r.FeedbackOn.Value.DayNumber - r.SentOn!.Value.DayNumber <= days),
                    g.LongCount(r => r.ServiceDeliveredOn != null && r.ServiceDeliveredOn <= last),
                    g.LongCount()));
            }, new FeedbackFigures(0, 0, 0), ct);
            Add("D3", FigureKind.Rate, p => Figure.Rate(feedback[p].InTime, feedback[p].Due));
            Add("D3.1", FigureKind.Rate, p => Figure.Rate(feedback[p].Delivered, feedback[p].Due));
        }

        // ---- E. Judicial ---------------------------------------------------------------------------------------------

        private async Task JudicialAsync(CancellationToken ct)
        {
            await FlowAsync("E1", p => DistinctChildren(Cases.Where(c => c.ReportedToProsecutorOn >= p.First && c.ReportedToProsecutorOn <= p.Last), ct));
            AddStock("E2", end => _stocks[end].UnderJudicialMeasure);
            AddCounts("E3", p => _services[p].AccompaniedToCourt);
            // Children in conflict with the law (a CFL concern on the case) given a service: the unit's CFL cases through the
            // concern's index, then each period's services matched here, instead of probing two indexes per service.
            var conflict = (await (from c in Cases from concern in c.Concerns where concern.Code == "CFL" select c.Id).ToListAsync(ct)).ToHashSet();
            await FlowAsync("E4", async p => (await Services(p).Select(s => new { s.CaseId, s.ChildId }).ToListAsync(ct))
                .Where(s => conflict.Contains(s.CaseId)).Select(s => s.ChildId).Distinct().LongCount());
        }

        // ---- F. Alternative care (EPS) ------------------------------------------------------------------------------

        private async Task AlternativeCareAsync(CancellationToken ct)
        {
            var placements = db.EpsPlacements.AsNoTracking().Where(p => p.UnitId == _unitId);
            await FlowAsync("F1", p => placements.Where(x => x.AdmittedOn >= p.First && x.AdmittedOn <= p.Last).Select(x => x.ChildId).Distinct().LongCountAsync(ct));
            await FlowAsync("F1.1", p => placements.Where(x => x.ExitDate >= p.First && x.ExitDate <= p.Last).Select(x => x.ChildId).Distinct().LongCountAsync(ct));
            var (first, last) = (_month.First, _month.Last);
            await CountTableAsync("F1.exit", "EpsExitReason", "F1.1", placements.Where(x => x.ExitDate >= first && x.ExitDate <= last)
                .GroupBy(x => x.ExitReason).Select(g => new Cell(g.Key.ToString()!, g.Select(x => x.ChildId).Distinct().LongCount())), ct);

            IQueryable<EpsPlacement> PlacedAt(ReportPeriod p) => placements.Where(x => x.AdmittedOn <= p.Last && (x.ExitDate == null || x.ExitDate > p.Last));
            await StockAsync("F1.2", end => PlacedAt(end).Select(x => x.ChildId).Distinct().LongCountAsync(ct));
            var byEstablishment = await PlacedAt(_month).GroupBy(x => x.EstablishmentId)
                .Select(g => new { g.Key, N = g.Select(x => x.ChildId).Distinct().LongCount() }).ToListAsync(ct);
            AddCountTable("F1.eps", "Establishment", byEstablishment.Select(e => new Cell(e.Key.ToString(), e.N)).ToList(), "F1.2");
            foreach (var eps in await db.Establishments.AsNoTracking().Select(e => new { e.Id, e.Name, e.NameAr }).ToListAsync(ct))
                _names["Establishment:" + eps.Id] = new Names(eps.Name, eps.NameAr);

            await StockRateAsync("F2", async end =>
            {
                var (since, sinceAt, endAt) = (end.Last.AddMonths(-6), UnitClock(end.Last.AddMonths(-6)), end.End);
                var placed = PlacedAt(end);
                var reviewed = placed.Where(x => (x.PeiDate != null && x.PeiDate >= since && x.PeiDate <= end.Last)
                                                 || db.FollowUps.Any(f => f.EpsPlacementId == x.Id && f.Purpose == FollowUpPurpose.EpsReview
                                                                          && f.Status == FollowUpStatus.Done && f.CompletedAt >= sinceAt && f.CompletedAt < endAt));
                return (await reviewed.LongCountAsync(ct), await placed.LongCountAsync(ct));
            });

            await FlowAsync("F3", p => placements.Where(x => x.ExitReason == EpsExitReason.FamilyReintegration && x.ExitDate >= p.First && x.ExitDate <= p.Last)
                .Select(x => x.ChildId)
                .Union(Services(p).Where(s => s.Type == ServiceType.FamilyReintegration).Select(s => s.ChildId))
                .LongCountAsync(ct));
            AddCounts("F3.1", p => _services[p].PostReintegration);

            async Task<long> Incidents(ReportPeriod p, IncidentKind? kind) =>
                await placements.SumAsync(x => x.Incidents.Count(i => i.Date >= p.First && i.Date <= p.Last && (kind == null || i.Kind == kind)), ct);
            await FlowAsync("F4", p => Incidents(p, null));
            var incidents = new List<Cell>();
            foreach (var kind in Enum.GetValues<IncidentKind>())
                incidents.Add(new Cell(kind.ToString(), await Incidents(_month, kind)));
            AddCountTable("F4.kind", "IncidentKind", incidents.Where(c => c.N > 0).ToList(), "F4");
        }

        // ---- G. Kafala ------------------------------------------------------------------------------------------------

        private async Task KafalaAsync(CancellationToken ct)
        {
            var kafalas = db.KafalaPlacements.AsNoTracking().Where(k => k.UnitId == _unitId);
            IQueryable<KafalaPlacement> Reached(string status, ReportPeriod p) =>
                from k in kafalas
                where db.Set<PlacementTransition>().Any(t => EF.Property<Guid?>(t, "KafalaPlacementId") == k.Id && t.To == status && t.Date >= p.First && t.Date <= p.Last)
                select k;
            IQueryable<KafalaPlacement> ReachedBy(string status, DateOnly day) =>
                kafalas.Where(k => db.Set<PlacementTransition>().Any(t => EF.Property<Guid?>(t, "KafalaPlacementId") == k.Id && t.To == status && t.Date <= day));

            const string OrderIssued = nameof(KafalaStatus.OrderIssued), HandedOver = nameof(KafalaStatus.HandedOver);
            const string Authorised = nameof(KafalaStatus.AuthorisedToLeave), Ended = nameof(KafalaStatus.Ended);
            await FlowAsync("G3", p => Reached(OrderIssued, p).LongCountAsync(ct));
            await FlowAsync("G3.1", p => Reached(OrderIssued, p).LongCountAsync(k => k.Kafils.Select(x => x.CountryOfResidence).FirstOrDefault() != "MA", ct));
            await CountTableAsync("G3.kafil", "KafilKind", "G3", Reached(OrderIssued, _month).GroupBy(k => k.Kafils.Select(x => x.Kind).FirstOrDefault())
                .Select(g => new Cell(g.Key.ToString(), g.LongCount())), ct);

            IQueryable<KafalaPlacement> FollowedAt(ReportPeriod end) =>
                ReachedBy(HandedOver, end.Last).Where(k => !db.Set<PlacementTransition>().Any(t =>
                    EF.Property<Guid?>(t, "KafalaPlacementId") == k.Id && t.To == Ended && t.Date <= end.Last));
            await StockAsync("G4", end => FollowedAt(end).LongCountAsync(ct));
            await StockAsync("G4.1", end => FollowedAt(end).LongCountAsync(k => db.Set<PlacementTransition>().Any(t =>
                EF.Property<Guid?>(t, "KafalaPlacementId") == k.Id && t.To == Authorised && t.Date <= end.Last), ct));

            var visits = from k in kafalas join f in db.FollowUps.AsNoTracking() on (Guid?)k.Id equals f.KafalaPlacementId select f;
            await FlowAsync("G4.2", p => visits.LongCountAsync(f => f.DueOn >= p.First && f.DueOn <= p.Last && f.Status != FollowUpStatus.Cancelled, ct));
            await FlowAsync("G4.3", p => visits.LongCountAsync(f => f.Status == FollowUpStatus.Done && f.CompletedAt >= p.Start && f.CompletedAt < p.End, ct));
            await StockAsync("G4.4", end => visits.LongCountAsync(f => f.DueOn <= end.Last && (f.CompletedAt == null || f.CompletedAt >= end.End), ct));

            await FlowAsync("G5", p => Reached(Authorised, p).LongCountAsync(ct));
            await FlowAsync("G5.1", p => Reached(Authorised, p).LongCountAsync(k => k.Abroad.DestinationCountry == "FR", ct));
            await CountTableAsync("G5.country", "Country", "G5", Reached(Authorised, _month).GroupBy(k => k.Abroad.DestinationCountry)
                .Select(g => new Cell(g.Key ?? Unknown, g.LongCount())), ct);
            Link("G5.country", "FR", "G5.1");

            await FlowAsync("G6", p => Reached(Ended, p).LongCountAsync(ct));
            await FlowAsync("G6.1", p => Reached(Ended, p).LongCountAsync(k => db.Set<PlacementTransition>().Any(t =>
                EF.Property<Guid?>(t, "KafalaPlacementId") == k.Id && t.To == Authorised), ct));
            await CountTableAsync("G6.cause", "KafalaEndCause", "G6", (from t in db.Set<PlacementTransition>()
                                                                 where t.To == Ended && t.Date >= _month.First && t.Date <= _month.Last
                                                                 join k in kafalas on EF.Property<Guid?>(t, "KafalaPlacementId") equals k.Id
                                                                 group t by t.Reference into g
                                                                 select new Cell(g.Key ?? Unknown, g.LongCount())), ct);
        }

        // ---- H. Prevention, coordination, training ---------------------------------------------------------------------

        private async Task ActivitiesAsync(CancellationToken ct)
        {
            IQueryable<Activity> Of(ActivityType type, ReportPeriod p) =>
                db.Activities.AsNoTracking().Where(a => a.UnitId == _unitId && a.Type == type && a.Date >= p.First && a.Date <= p.Last);

            await FlowAsync("H1", p => Of(ActivityType.AwarenessSession, p).LongCountAsync(ct));
            await FlowAsync("H1.1", p => Of(ActivityType.AwarenessSession, p).SumAsync(a => (long)(a.Participants.ChildrenFemale + a.Participants.ChildrenMale), ct));
            await FlowAsync("H1.2", p => Of(ActivityType.AwarenessSession, p).SumAsync(a => (long)(a.Participants.ParentsFemale + a.Participants.ParentsMale), ct));
            await FlowAsync("H1.3", p => Of(ActivityType.AwarenessSession, p).SumAsync(a => (long)(a.Participants.ProfessionalsFemale + a.Participants.ProfessionalsMale), ct));
            await FlowAsync("H1.4", p => Of(ActivityType.AwarenessSession, p).SumAsync(a => (long)(a.PlacesReached ?? 0), ct));
            var sums = await Of(ActivityType.AwarenessSession, _month).GroupBy(_ => 1).Select(g => new
            {
                ChildrenF = g.Sum(a => a.Participants.ChildrenFemale), ChildrenM = g.Sum(a => a.Participants.ChildrenMale),
                ParentsF = g.Sum(a => a.Participants.ParentsFemale), ParentsM = g.Sum(a => a.Participants.ParentsMale),
                ProsF = g.Sum(a => a.Participants.ProfessionalsFemale), ProsM = g.Sum(a => a.Participants.ProfessionalsMale),
            }).SingleOrDefaultAsync(ct);
            var participantRows = sums is null ? [] : new List<TableRow>
            {
                SexRow("Children", sums.ChildrenF, sums.ChildrenM), SexRow("Parents", sums.ParentsF, sums.ParentsM), SexRow("Professionals", sums.ProsF, sums.ProsM),
            };
            _tables.Add(new IndicatorTable("H1.participants", "ParticipantCategory", IndicatorTable.BySex, participantRows,
                SexRow("T", participantRows.Sum(r => r.Cells[0]), participantRows.Sum(r => r.Cells[1]))));
            Link("H1.participants", "Children", "H1.1");
            Link("H1.participants", "Parents", "H1.2");
            Link("H1.participants", "Professionals", "H1.3");
            await CountTableAsync("H1.milieu", "Milieu", "H1", Of(ActivityType.AwarenessSession, _month).GroupBy(a => a.Milieu)
                .Select(g => new Cell(g.Key == null ? Unknown : g.Key.ToString()!, g.LongCount())), ct);

            await FlowAsync("H2", p => Of(ActivityType.CoordinationMeeting, p).LongCountAsync(ct));
            await CountTableAsync("H2.kind", "CoordinationKind", "H2", Of(ActivityType.CoordinationMeeting, _month).GroupBy(a => a.CoordinationKind)
                .Select(g => new Cell(g.Key == null ? Unknown : g.Key.ToString()!, g.LongCount())), ct);

            await FlowAsync("H3", p => Of(ActivityType.Training, p).SumAsync(a => (long)a.Trainees.Count, ct));
            await FlowAsync("H3.1", p => Of(ActivityType.Training, p).LongCountAsync(ct));
            var hours = new Dictionary<ReportPeriod, (decimal Hours, long N)>();
            foreach (var p in Periods)
                hours[p] = (await Of(ActivityType.Training, p).SumAsync(a => a.Hours, ct), await Of(ActivityType.Training, p).LongCountAsync(ct));
            Add("H3.2", FigureKind.Quantity, p => Figure.Average(hours[p].Hours, hours[p].N));
            await FlowAsync("H3.3", p => Of(ActivityType.Training, p).SumAsync(a => (long)a.Trainees.Count(t => t.Certified), ct));

            await FlowAsync("H4", p => Of(ActivityType.MigrationPrevention, p).LongCountAsync(ct));
            await FlowAsync("H4.1", p => Of(ActivityType.MigrationPrevention, p).SumAsync(a => (long)(a.Participants.ChildrenFemale + a.Participants.ChildrenMale
                + a.Participants.ParentsFemale + a.Participants.ParentsMale + a.Participants.ProfessionalsFemale + a.Participants.ProfessionalsMale), ct));
        }

        // ---- I. Data quality ------------------------------------------------------------------------------------------

        private async Task DataQualityAsync(CancellationToken ct)
        {
            Add("I1", FigureKind.Rate, p => Figure.Rate(_newChildren[p].Complete, _newChildren[p].Cases));
            AddCounts("I3", p => _lateReports[p] + _services[p].LateEntries);
            await Task.CompletedTask;
        }

        private List<MonthValue> NewChildrenByMonth()
        {
            var first = new DateOnly(year, month, 1).AddMonths(-11);
            return Enumerable.Range(0, 12).Select(i => first.AddMonths(i))
                .Select(m => new MonthValue(m.Year, m.Month, DistinctChildren(TakenIn(ReportPeriod.Month(m.Year, m.Month, unit.TimeZoneId))))).ToList();
        }

        // ---- populations ----------------------------------------------------------------------------------------------

        private IEnumerable<ReportPeriod> Periods => [_month, _yearToDate, _lastYear];

        /// <summary>Reports received in the period (the day of receipt).</summary>
        private IQueryable<Case> Received(ReportPeriod p) => Cases.Where(c => c.ReceivedOn >= p.First && c.ReceivedOn <= p.Last);

        /// <summary>Reports retained in the period: the child taken in charge (a reopening is not a new child).</summary>
        private IQueryable<Case> TakenInCharge(ReportPeriod p) => Cases.Where(c => c.TakenInChargeOn >= p.First && c.TakenInChargeOn <= p.Last);

        private IQueryable<CaseTransition> Moves(CaseStatus to, ReportPeriod p) =>
            db.Set<CaseTransition>().AsNoTracking().Where(t => t.To == to && t.Day >= p.First && t.Day <= p.Last);

        /// <summary>Cases that moved to <paramref name="to"/> during the period (once per move).</summary>
        private IQueryable<Case> Moved(CaseStatus to, ReportPeriod p) =>
            from t in Moves(to, p)
            join c in Cases on EF.Property<Guid>(t, "CaseId") equals c.Id
            select c;

        /// <summary>
        /// Cases active at the end of the period: taken in charge by then and then open, i.e. active now or closed since,
        /// unless reopened since and closed at that moment (their last move before the end was a closure). Written as two
        /// index-friendly halves (by status, by day of closure); the day taken in charge is compared as a number so that the
        /// planner keeps to those indexes rather than reading every case taken in charge since the unit began.
        /// </summary>
        private IQueryable<Case> ActiveAt(ReportPeriod end)
        {
            var (last, endAt, lastDay) = (end.Last, end.End, end.Last.DayNumber);
            var open = Cases.Where(c => c.Status == CaseStatus.Open || c.Status == CaseStatus.UnderAssessment || c.Status == CaseStatus.PlanEstablished
                                        || c.Status == CaseStatus.InCare || c.Status == CaseStatus.FollowUp);
            var closedSince = Cases.Where(c => c.ClosedOn > last); // only closed cases have a day of closure
            return open.Concat(closedSince).Where(c => c.TakenInChargeOn != null && c.TakenInChargeOn.Value.DayNumber <= lastDay
                && (c.ReopenedOn == null || c.ReopenedOn <= last
                    || c.Transitions.Where(t => t.At < endAt).OrderByDescending(t => t.At).Select(t => t.To).FirstOrDefault() != CaseStatus.Closed));
        }

        /// <summary>
        /// The stock indicators at the end of a period in one pass over its active cases: children with an active case,
        /// under a judicial measure, and cases without a contact with the child in the last 30 and 90 days.
        /// </summary>
        private async Task<StockFigures> StocksAsync(ReportPeriod end, CancellationToken ct)
        {
            var (since30, since90, last) = (end.Last.AddDays(-29), end.Last.AddDays(-89), end.Last);
            var contacted30 = ContactedSince(end, since30);
            var contacted90 = ContactedSince(end, since90);
            return await ActiveAt(end).GroupBy(_ => 1).Select(g => new StockFigures(
                    g.Select(c => c.ChildId).Distinct().LongCount(),
                    g.Where(c => c.HasJudicialMeasure).Select(c => c.ChildId).Distinct().LongCount(),
                    g.LongCount(c => !(c.FirstContactOn >= since30 && c.FirstContactOn <= last) && !contacted30.Contains(c.Id)),
                    g.LongCount(c => !(c.FirstContactOn >= since90 && c.FirstContactOn <= last) && !contacted90.Contains(c.Id))))
                .SingleOrDefaultAsync(ct) ?? new StockFigures(0, 0, 0, 0);
        }

        /// <summary>Cases with a contact with the child from a day to the end of the period: a visit, call, meeting or accompaniment done, or a service given by the unit.</summary>
        private IQueryable<Guid> ContactedSince(ReportPeriod end, DateOnly since)
        {
            var (sinceAt, endAt, last) = (UnitClock(since), end.End, end.Last);
            return db.FollowUps.AsNoTracking()
                .Where(f => f.UnitId == _unitId && f.Status == FollowUpStatus.Done && f.CompletedAt >= sinceAt && f.CompletedAt < endAt && f.CaseId != null
                            && f.Purpose == FollowUpPurpose.Manual && f.Kind != FollowUpKind.PlanReview && f.Kind != FollowUpKind.Other)
                .Select(f => f.CaseId!.Value)
                .Concat(db.ServiceDeliveries.AsNoTracking()
                    .Where(s => s.UnitId == _unitId && s.Provider == ServiceDeliverer.Unit && s.Date >= since && s.Date <= last).Select(s => s.CaseId));
        }

        private IQueryable<ServiceDelivery> Services(ReportPeriod p) =>
            db.ServiceDeliveries.AsNoTracking().Where(s => s.UnitId == _unitId && s.Date >= p.First && s.Date <= p.Last);

        private IQueryable<Domain.Referrals.Referral> Referrals(ReportPeriod p) =>
            db.Referrals.AsNoTracking().Where(r => r.UnitId == _unitId && r.SentOn >= p.First && r.SentOn <= p.Last);

        /// <summary>
        /// The cases that took children in charge from the first day of last year's month to the end of the month — every
        /// period and the 12-month series lie inside — read once instead of once per figure, from two covering indexes
        /// (ReportIndexes), and counted here: for each case its child, its day and the child's attributes as bits; the
        /// cases with a migration concern (through the concern's index); and the month's cases in full with what the
        /// profile tables break the children down by. Narrow rows, no name, no text.
        /// </summary>
        private async Task TakenInChargeRowsAsync(CancellationToken ct)
        {
            var span = ReportPeriod.Of(_lastYear.First, _month.Last, unit.TimeZoneId);
            _taken = await (from c in TakenInCharge(span)
                            join ch in Children on c.ChildId equals ch.Id
                            select new TakenRow
                            {
                                ChildId = ch.Id,
                                TakenInChargeOn = c.TakenInChargeOn!.Value,
                                Flags = (ch.HasDisability ? TakenRow.Disability : 0)
                                        + (ch.Schooling == SchoolingStatus.DroppedOut || ch.Schooling == SchoolingStatus.NeverEnrolled ? TakenRow.OutOfSchool : 0)
                                        + (ch.Nationality != "MA" ? TakenRow.Foreign : 0)
                                        + (ch.CivilRegistration.IsRegistered == false ? TakenRow.NotRegistered : 0)
                                        + (ch.DateOfBirth != null && ch.CommuneCode != null ? TakenRow.Complete : 0),
                            }).ToListAsync(ct);
            _migration = await (from c in TakenInCharge(span)
                                from x in c.Concerns
                                where x.Code == "MIG"
                                select new TakenRow { ChildId = c.ChildId, TakenInChargeOn = c.TakenInChargeOn!.Value }).ToListAsync(ct);
            _monthTaken = await (from c in TakenInCharge(_month)
                                 join ch in Children on c.ChildId equals ch.Id
                                 select new NewChild
                                 {
                                     CaseId = c.Id,
                                     ChildId = ch.Id,
                                     ReceivedOn = c.ReceivedOn,
                                     DateOfBirth = ch.DateOfBirth,
                                     Sex = ch.Sex,
                                     CommuneCode = ch.CommuneCode,
                                     Place = c.Intake.PlaceOfOccurrence,
                                     Perpetrator = c.Intake.PerpetratorRelationship,
                                 }).ToListAsync(ct);
        }

        private List<TakenRow> _taken = [];
        private List<TakenRow> _migration = [];
        private List<NewChild> _monthTaken = [];

        /// <summary>The cases that took a child in charge in the period (a reopening is not a new child).</summary>
        private IEnumerable<TakenRow> TakenIn(ReportPeriod p) => In(_taken, p);

        private static IEnumerable<TakenRow> In(IEnumerable<TakenRow> rows, ReportPeriod p) => rows.Where(r => r.TakenInChargeOn >= p.First && r.TakenInChargeOn <= p.Last);

        private static long DistinctChildren(IEnumerable<TakenRow> rows) => rows.Select(r => r.ChildId).Distinct().LongCount();

        // ---- figure helpers -------------------------------------------------------------------------------------------

        private static Task<long> DistinctChildren(IQueryable<Case> cases, CancellationToken ct) => cases.Select(c => c.ChildId).Distinct().LongCountAsync(ct);

        private DateTimeOffset UnitClock(DateOnly day) => Security.UnitClock.StartOf(day, unit.TimeZoneId);

        /// <summary>Runs a one-row aggregate query for each period (no row: nothing in the period).</summary>
        private async Task<Dictionary<ReportPeriod, T>> PerPeriodAsync<T>(Func<ReportPeriod, IQueryable<T>> aggregate, T none, CancellationToken ct)
            where T : class
        {
            var figures = new Dictionary<ReportPeriod, T>();
            foreach (var p in Periods)
                figures[p] = await aggregate(p).SingleOrDefaultAsync(ct) ?? none;
            return figures;
        }

        private void AddCounts(string code, Func<ReportPeriod, long> count) =>
            _indicators.Add(new Indicator(code, FigureKind.Count, Figure.Count(count(_month)), Figure.Count(count(_yearToDate)), Figure.Count(count(_lastYear))));

        private void AddStock(string code, Func<ReportPeriod, long> count) =>
            _indicators.Add(new Indicator(code, FigureKind.Count, Figure.Count(count(_month)), null, Figure.Count(count(_lastYear))));

        private async Task FlowAsync(string code, Func<ReportPeriod, Task<long>> count) =>
            _indicators.Add(new Indicator(code, FigureKind.Count, Figure.Count(await count(_month)), Figure.Count(await count(_yearToDate)),
                Figure.Count(await count(_lastYear))));

        private async Task StockAsync(string code, Func<ReportPeriod, Task<long>> count) =>
            _indicators.Add(new Indicator(code, FigureKind.Count, Figure.Count(await count(_month)), null, Figure.Count(await count(_lastYear))));

        private async Task RateAsync(string code, Func<ReportPeriod, Task<(long N, long Of)>> rate)
        {
            var (m, y, l) = (await rate(_month), await rate(_yearToDate), await rate(_lastYear));
            _indicators.Add(new Indicator(code, FigureKind.Rate, Figure.Rate(m.N, m.Of), Figure.Rate(y.N, y.Of), Figure.Rate(l.N, l.Of)));
        }

        private async Task StockRateAsync(string code, Func<ReportPeriod, Task<(long N, long Of)>> rate)
        {
            var (m, l) = (await rate(_month), await rate(_lastYear));
            _indicators.Add(new Indicator(code, FigureKind.Rate, Figure.Rate(m.N, m.Of), null, Figure.Rate(l.N, l.Of)));
        }

        private void Add(string code, FigureKind kind, Func<ReportPeriod, Figure> figure) =>
            _indicators.Add(new Indicator(code, kind, figure(_month), figure(_yearToDate), figure(_lastYear)));

        private Figure Month(string code) => _indicators.Single(i => i.Code == code).Month;

        /// <summary>A breakdown of the month whose total is the month's value of <paramref name="totalOf"/> (distinct children, or items).</summary>
        private async Task CountTableAsync(string code, string dimension, string totalOf, IQueryable<Cell> cells, CancellationToken ct) =>
            AddCountTable(code, dimension, await cells.ToListAsync(ct), totalOf);

        private void AddCountTable(string code, string dimension, IReadOnlyList<Cell> cells, string totalOf) =>
            _tables.Add(new IndicatorTable(code, dimension, IndicatorTable.CountOnly,
                RowOrder.Sort(dimension, cells, c => c.Key).Select(c => new TableRow(c.Key, [c.N])).ToList(), new TableRow("T", [Month(totalOf).N]))
            {
                TotalOf = totalOf,
            });

        /// <summary>A table of the month's new children by a key and sex; the total row is the month's A3 by sex (distinct children).</summary>
        private void NewChildrenTable(string code, string dimension, IReadOnlyList<SexCell> cells)
        {
            var rows = RowOrder.Sort(dimension, cells.GroupBy(c => c.Key), g => g.Key)
                .Select(g => SexRow(g.Key, g.Where(c => c.Sex == Sex.Female).Sum(c => c.N), g.Where(c => c.Sex == Sex.Male).Sum(c => c.N))).ToList();
            _monthBySex ??= BySex(_monthTaken, _ => "T").ToDictionary(c => c.Sex, c => c.N);
            var total = new TableRow("T", [_monthBySex.GetValueOrDefault(Sex.Female), _monthBySex.GetValueOrDefault(Sex.Male), Month("A3").N]);
            _tables.Add(new IndicatorTable(code, dimension, IndicatorTable.BySex, rows, total) { TotalOf = "A3" });
        }

        private Dictionary<Sex, long>? _monthBySex;

        /// <summary>Distinct children by a key and their sex.</summary>
        private static List<SexCell> BySex(IEnumerable<NewChild> rows, Func<NewChild, string> key) => BySex(rows, key, r => r);

        private static List<SexCell> BySex<T>(IEnumerable<T> items, Func<T, string> key, Func<T, NewChild> row) =>
            items.GroupBy(x => (Key: key(x), row(x).Sex)).Select(g => new SexCell(g.Key.Key, g.Key.Sex, g.Select(x => row(x).ChildId).Distinct().LongCount())).ToList();

        /// <summary>Distinct children by a key.</summary>
        private static List<Cell> Distinct(IEnumerable<NewChild> rows, Func<NewChild, string> key) =>
            rows.GroupBy(key).Select(g => new Cell(g.Key, DistinctChildren(g))).ToList();

        private static long DistinctChildren(IEnumerable<NewChild> rows) => rows.Select(r => r.ChildId).Distinct().LongCount();

        /// <summary>Marks a row whose total is an indicator's month value, so that disclosure control treats them as one cell.</summary>
        private void Link(string table, string row, string indicator)
        {
            var index = _tables.FindIndex(t => t.Code == table);
            var links = new Dictionary<string, string>(_tables[index].RowIndicators ?? new Dictionary<string, string>()) { [row] = indicator };
            _tables[index] = _tables[index] with { RowIndicators = links };
        }

        private static TableRow SexRow(string key, long female, long male) => new(key, [female, male, female + male]);

        private static decimal? Mean(long sum, long count) => count == 0 ? null : Math.Round((decimal)sum / count, 1);

        /// <summary>The median of a histogram of whole days, halfway between the two middle values when the count is even.</summary>
        internal static decimal? Median(IEnumerable<(int Value, long N)> histogram)
        {
            var sorted = histogram.Where(h => h.N > 0).OrderBy(h => h.Value).ToList();
            var total = sorted.Sum(h => h.N);
            if (total == 0)
                return null;
            decimal? At(long rank)
            {
                long seen = 0;
                foreach (var (value, n) in sorted)
                {
                    seen += n;
                    if (seen > rank)
                        return value;
                }

                return null;
            }

            return total % 2 == 1 ? At(total / 2) : (At(total / 2 - 1) + At(total / 2)) / 2;
        }
    }

    private sealed record Cell(string Key, long N);

    private sealed record Ratio(long N, long Of);

    private sealed record ReceivedFigures(long Reports, long UrgentChildren, long TriagedInTime, long Urgent, long UrgentSeenSameDay, long LateEntries)
    {
        public static readonly ReceivedFigures None = new(0, 0, 0, 0, 0, 0);
    }

    private sealed record MoveFigures(long NotRetained, long ClosedChildren, long ReopenedChildren, double? MeanDuration, long Durations)
    {
        public static readonly MoveFigures None = new(0, 0, 0, null, 0);
    }

    private sealed record NewChildFigures(long Children, long WithDisability, long OutOfSchool, long Foreign, long NotRegistered, long Complete, long Cases)
    {
        /// <summary>One row per child first (a child's attributes are the same on each case), then sums.</summary>
        public static NewChildFigures Of(IEnumerable<TakenRow> cases)
        {
            var rows = cases.ToList();
            var children = rows.GroupBy(r => r.ChildId).Select(g => g.First().Flags).ToList();
            long With(int flag) => children.LongCount(f => (f & flag) != 0);
            return new NewChildFigures(children.Count, With(TakenRow.Disability), With(TakenRow.OutOfSchool), With(TakenRow.Foreign), With(TakenRow.NotRegistered),
                rows.LongCount(r => (r.Flags & TakenRow.Complete) != 0), rows.Count);
        }
    }

    private sealed record ServiceFigures(long Services, long Children, long AccompaniedToCourt, long PostReintegration, long LateEntries)
    {
        public static readonly ServiceFigures None = new(0, 0, 0, 0, 0);
    }

    private sealed record FeedbackFigures(long InTime, long Delivered, long Due);

    private sealed record StockFigures(long Children, long UnderJudicialMeasure, long WithoutContact30, long WithoutContact90);

    private sealed record SexCell(string Key, Sex Sex, long N);

    /// <summary>A case that took a child in charge: the child, the day, and the child's attributes as bits.</summary>
    private sealed class TakenRow
    {
        public const int Disability = 1, OutOfSchool = 2, Foreign = 4, NotRegistered = 8, Complete = 16;

        public Guid ChildId { get; init; }
        public DateOnly TakenInChargeOn { get; init; }

        /// <summary>The child's attributes (<see cref="Disability"/>…); <see cref="Complete"/>: birth date and commune both known.</summary>
        public int Flags { get; init; }
    }

    /// <summary>A child taken in charge in the month, seen through the case that took them in: what the profile breaks children down by.</summary>
    private sealed class NewChild
    {
        public Guid CaseId { get; init; }
        public Guid ChildId { get; init; }
        public DateOnly ReceivedOn { get; init; }
        public DateOnly? DateOfBirth { get; init; }
        public Sex Sex { get; init; }
        public string? CommuneCode { get; init; }
        public PlaceOfOccurrence Place { get; init; }
        public PerpetratorRelationship? Perpetrator { get; init; }

        /// <summary>The age band at intake: whole years on the day the report was received.</summary>
        public string AgeBand
        {
            get
            {
                if (DateOfBirth is not { } dob)
                    return Unknown;
                var age = ReceivedOn.Year - dob.Year - (ReceivedOn.Month * 100 + ReceivedOn.Day < dob.Month * 100 + dob.Day ? 1 : 0);
                return age < 1 ? "<1" : age < 5 ? "1-4" : age < 10 ? "5-9" : age < 15 ? "10-14" : age < 18 ? "15-17" : "18+";
            }
        }
    }
}
