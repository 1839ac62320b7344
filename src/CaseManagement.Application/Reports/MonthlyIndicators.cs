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
                NewChildrenByMonth = await NewChildrenByMonthAsync(ct),
                Names = _names,
            };
        }

        // ---- A. Volumes and flows -------------------------------------------------------------------------------------

        private async Task VolumesAsync(CancellationToken ct)
        {
            await FlowAsync("A1", p => Received(p).LongCountAsync(ct));
            await CountTableAsync("A1.source", "ReferralSource", "A1", Received(_month).GroupBy(c => c.Intake.Source).Select(g => new Cell(g.Key.ToString(), g.LongCount())), ct);
            await CountTableAsync("A1.channel", "IntakeChannel", "A1", Received(_month).GroupBy(c => c.Intake.Channel).Select(g => new Cell(g.Key.ToString(), g.LongCount())), ct);

            await FlowAsync("A2", p => Moved(CaseStatus.NotRetained, p).LongCountAsync(ct));
            await CountTableAsync("A2.reason", "NotRetainedReason", "A2", Moved(CaseStatus.NotRetained, _month)
                .GroupBy(c => c.NotRetainedReason).Select(g => new Cell(g.Key == null ? Unknown : g.Key.ToString()!, g.LongCount())), ct);

            await FlowAsync("A3", p => DistinctChildren(TakenInCharge(p), ct));
            await NewChildrenTableAsync("A3.age", "AgeBand", NewChildren(_month).GroupBy(x => new { x.AgeBand, x.Sex })
                .Select(g => new SexCell(g.Key.AgeBand, g.Key.Sex, g.Select(x => x.ChildId).Distinct().LongCount())), ct);

            await StockAsync("A4", end => DistinctChildren(ActiveAt(end), ct));
            var caseload = await ActiveAt(_month).Where(c => c.AssignedTo != null).GroupBy(c => c.AssignedTo).Select(g => g.LongCount()).ToListAsync(ct);
            _indicators.Add(new Indicator("A4.1", FigureKind.Mean, Figure.Average(Mean(caseload.Sum(), caseload.Count), caseload.Count), null, null));

            await FlowAsync("A5", p => DistinctChildren(Moved(CaseStatus.Closed, p), ct));
            var closures = await (from t in Moves(CaseStatus.Closed, _month)
                                  join c in Cases on EF.Property<Guid>(t, "CaseId") equals c.Id
                                  group c.ChildId by t.Reason into g
                                  select new Cell(g.Key ?? Unknown, g.Distinct().LongCount())).ToListAsync(ct);
            AddCountTable("A5.reason", "ClosureReason", closures, "A5");

            await FlowAsync("A6", p => DistinctChildren(Moved(CaseStatus.Reopened, p), ct));
            await FlowAsync("A7", p => DistinctChildren(Received(p).Where(c => c.Urgent), ct));
        }

        // ---- B. Profile of the children taken in charge -----------------------------------------------------------------

        private async Task ProfileAsync(CancellationToken ct)
        {
            await NewChildrenTableAsync("B1.primary", "Concern", ConcernsOfNewChildren(_month, primaryOnly: true), ct);
            await NewChildrenTableAsync("B1.all", "Concern", ConcernsOfNewChildren(_month, primaryOnly: false), ct);
            Link("B1.all", "MIG", "B3.4");
            await NewChildrenTableAsync("B2.commune", "Commune", NewChildren(_month).GroupBy(x => new { Key = x.CommuneCode ?? Unknown, x.Sex })
                .Select(g => new SexCell(g.Key.Key, g.Key.Sex, g.Select(x => x.ChildId).Distinct().LongCount())), ct);
            await NewChildrenTableAsync("B2.milieu", "Milieu", (from x in NewChildren(_month)
                                                              join commune in db.Communes on x.CommuneCode equals commune.Code into communes
                                                              from commune in communes.DefaultIfEmpty()
                                                              group x by new { Key = commune == null ? Unknown : commune.Milieu.ToString(), x.Sex } into g
                                                              select new SexCell(g.Key.Key, g.Key.Sex, g.Select(x => x.ChildId).Distinct().LongCount())), ct);
            foreach (var commune in await db.Communes.AsNoTracking().Select(c => new { c.Code, c.Name, c.NameAr }).ToListAsync(ct))
                _names["Commune:" + commune.Code] = new Names(commune.Name, commune.NameAr);

            await FlowAsync("B3.1", p => NewChildren(p).Where(x => x.HasDisability).Select(x => x.ChildId).Distinct().LongCountAsync(ct));
            await FlowAsync("B3.2", p => NewChildren(p).Where(x => x.Schooling == SchoolingStatus.DroppedOut || x.Schooling == SchoolingStatus.NeverEnrolled)
                .Select(x => x.ChildId).Distinct().LongCountAsync(ct));
            await FlowAsync("B3.3", p => NewChildren(p).Where(x => x.Nationality != "MA").Select(x => x.ChildId).Distinct().LongCountAsync(ct));
            await FlowAsync("B3.4", p => DistinctChildren(TakenInCharge(p).Where(c => c.Concerns.Any(x => x.Code == "MIG")), ct));
            await FlowAsync("B3.5", p => NewChildren(p).Where(x => x.NotRegistered).Select(x => x.ChildId).Distinct().LongCountAsync(ct));

            await CountTableAsync("B4.place", "PlaceOfOccurrence", "A3",
                NewChildren(_month).GroupBy(x => x.Place).Select(g => new Cell(g.Key.ToString(), g.Select(x => x.ChildId).Distinct().LongCount())), ct);
            await CountTableAsync("B4.perpetrator", "PerpetratorRelationship", "A3",
                NewChildren(_month).GroupBy(x => x.Perpetrator).Select(g => new Cell(g.Key == null ? Unknown : g.Key.ToString()!, g.Select(x => x.ChildId).Distinct().LongCount())), ct);
        }

        // ---- C. Process and timeliness -------------------------------------------------------------------------------

        private async Task TimelinessAsync(CancellationToken ct)
        {
            const int triageMinutes = 24 * 60;
            await RateAsync("C1", async p =>
            {
                var received = Received(p);
                return (await received.LongCountAsync(c => c.TriageMinutes != null && c.TriageMinutes <= triageMinutes, ct), await received.LongCountAsync(ct));
            });
            await RateAsync("C2", async p =>
            {
                var urgent = Received(p).Where(c => c.Urgent);
                return (await urgent.LongCountAsync(c => c.FirstContactOn != null && c.FirstContactOn <= c.ReceivedOn, ct), await urgent.LongCountAsync(ct));
            });

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
            await RateAsync("C4", async p =>
            {
                var (from, to) = (p.First.AddDays(-planDays), p.Last.AddDays(-planDays));
                var due = Cases.Where(c => c.TakenInChargeOn >= from && c.TakenInChargeOn <= to);
                return (await due.LongCountAsync(c => c.PlanApprovedOn != null && c.PlanApprovedOn.Value.DayNumber - c.TakenInChargeOn!.Value.DayNumber <= planDays, ct),
                    await due.LongCountAsync(ct));
            });

            await StockAsync("C5.30", end => WithoutContact(end, 30).LongCountAsync(ct));
            await StockAsync("C5.90", end => WithoutContact(end, 90).LongCountAsync(ct));

            var durations = new Dictionary<ReportPeriod, (double? Mean, long N)>();
            foreach (var p in Periods)
            {
                var closed = from t in Moves(CaseStatus.Closed, p)
                             join c in Cases on EF.Property<Guid>(t, "CaseId") equals c.Id
                             where c.TakenInChargeOn != null
                             select t.Day.DayNumber - c.TakenInChargeOn!.Value.DayNumber;
                durations[p] = (await closed.Select(d => (double?)d).AverageAsync(ct), await closed.LongCountAsync(ct));
            }

            Add("C6", FigureKind.Mean, p => Figure.Average(durations[p].Mean is { } mean ? Math.Round((decimal)mean, 1) : null, durations[p].N));
        }

        // ---- D. Services and referrals -------------------------------------------------------------------------------

        private async Task ServicesAsync(CancellationToken ct)
        {
            await FlowAsync("D1", p => Services(p).LongCountAsync(ct));
            await CountTableAsync("D1.type", "ServiceType", "D1", Services(_month).GroupBy(s => s.Type).Select(g => new Cell(g.Key.ToString(), g.LongCount())), ct);
            await FlowAsync("D1.1", p => Services(p).Select(s => s.ChildId).Distinct().LongCountAsync(ct));

            await FlowAsync("D2", p => Referrals(p).LongCountAsync(ct));
            await CountTableAsync("D2.partner", "PartnerType", "D2", (from r in Referrals(_month)
                                                                join partner in db.Partners on r.PartnerId equals partner.Id
                                                                group r by partner.Type into g
                                                                select new Cell(g.Key.ToString(), g.LongCount())), ct);

            var days = _standards.ReferralFeedbackDays;
            foreach (var (code, delivered) in new[] { ("D3", false), ("D3.1", true) })
            {
                await RateAsync(code, async p =>
                {
                    var (from, to) = (p.First.AddDays(-days), p.Last.AddDays(-days));
                    var due = db.Referrals.AsNoTracking().Where(r => r.UnitId == _unitId && r.SentOn >= from && r.SentOn <= to);
                    var last = p.Last;
                    var met = delivered
                        ? due.Where(r => r.ServiceDeliveredOn != null && r.ServiceDeliveredOn <= last)
                        : due.Where(r => r.FeedbackOn != null && r.FeedbackOn.Value.DayNumber - r.SentOn!.Value.DayNumber <= days);
                    return (await met.LongCountAsync(ct), await due.LongCountAsync(ct));
                });
            }
        }

        // ---- E. Judicial ---------------------------------------------------------------------------------------------

        private async Task JudicialAsync(CancellationToken ct)
        {
            await FlowAsync("E1", p => DistinctChildren(Cases.Where(c => c.ReportedToProsecutorOn >= p.First && c.ReportedToProsecutorOn <= p.Last), ct));
            await StockAsync("E2", end => DistinctChildren(ActiveAt(end).Where(c => c.HasJudicialMeasure), ct));
            await FlowAsync("E3", p => Services(p).Where(s => s.Type == ServiceType.CourtAccompaniment).Select(s => s.ChildId).Distinct().LongCountAsync(ct));
            await FlowAsync("E4", p => (from s in Services(p)
                                        join c in Cases on s.CaseId equals c.Id
                                        where c.Concerns.Any(x => x.Code == "CFL")
                                        select s.ChildId).Distinct().LongCountAsync(ct));
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
            await FlowAsync("F3.1", p => Services(p).LongCountAsync(s => s.Type == ServiceType.PostReintegrationFollowUp, ct));

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

            var visits = db.FollowUps.AsNoTracking().Where(f => f.UnitId == _unitId && f.KafalaPlacementId != null);
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
            await RateAsync("I1", async p =>
            {
                var opened = NewChildren(p);
                return (await opened.LongCountAsync(x => x.HasBirthDate && x.CommuneCode != null, ct), await opened.LongCountAsync(ct));
            });
            const int late = 7;
            await FlowAsync("I3", async p =>
                await Received(p).LongCountAsync(c => c.RecordedOn.DayNumber - c.ReceivedOn.DayNumber > late, ct)
                + await Services(p).LongCountAsync(s => s.RecordedOn.DayNumber - s.Date.DayNumber > late, ct));
        }

        private async Task<IReadOnlyList<MonthValue>> NewChildrenByMonthAsync(CancellationToken ct)
        {
            var first = new DateOnly(year, month, 1).AddMonths(-11);
            var series = ReportPeriod.Of(first, _month.Last, unit.TimeZoneId);
            var counts = await TakenInCharge(series).GroupBy(c => new { c.TakenInChargeOn!.Value.Year, c.TakenInChargeOn.Value.Month })
                .Select(g => new { g.Key.Year, g.Key.Month, N = g.Select(c => c.ChildId).Distinct().LongCount() }).ToListAsync(ct);
            return Enumerable.Range(0, 12).Select(i => first.AddMonths(i))
                .Select(m => new MonthValue(m.Year, m.Month, counts.FirstOrDefault(c => c.Year == m.Year && c.Month == m.Month)?.N ?? 0)).ToList();
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
        /// Cases active at the end of the period. A case taken in charge by then is active at that moment unless it was then
        /// closed: closed by then and still closed, or, for a case reopened since, its last move before the end was a closure.
        /// </summary>
        private IQueryable<Case> ActiveAt(ReportPeriod end)
        {
            var (last, endAt) = (end.Last, end.End);
            return Cases.Where(c => c.TakenInChargeOn != null && c.TakenInChargeOn <= last
                && (c.Status == CaseStatus.Open || c.Status == CaseStatus.UnderAssessment || c.Status == CaseStatus.PlanEstablished
                    || c.Status == CaseStatus.InCare || c.Status == CaseStatus.FollowUp || (c.Status == CaseStatus.Closed && c.ClosedOn > last))
                && (!c.Transitions.Any(t => t.To == CaseStatus.Reopened && t.At >= endAt)
                    || c.Transitions.Where(t => t.At < endAt).OrderByDescending(t => t.At).Select(t => t.To).FirstOrDefault() != CaseStatus.Closed));
        }

        /// <summary>Cases active at the end of the period without a contact with the child in its last <paramref name="days"/> days.</summary>
        private IQueryable<Case> WithoutContact(ReportPeriod end, int days)
        {
            var since = end.Last.AddDays(1 - days);
            var sinceAt = UnitClock(since);
            var (last, endAt) = (end.Last, end.End);
            return ActiveAt(end).Where(c =>
                !(c.FirstContactOn >= since && c.FirstContactOn <= last)
                && !db.FollowUps.Any(f => f.CaseId == c.Id && f.Status == FollowUpStatus.Done && f.Purpose == FollowUpPurpose.Manual
                                          && f.Kind != FollowUpKind.PlanReview && f.Kind != FollowUpKind.Other && f.CompletedAt >= sinceAt && f.CompletedAt < endAt)
                && !db.ServiceDeliveries.Any(s => s.CaseId == c.Id && s.Provider == ServiceDeliverer.Unit && s.Date >= since && s.Date <= last));
        }

        private IQueryable<ServiceDelivery> Services(ReportPeriod p) =>
            db.ServiceDeliveries.AsNoTracking().Where(s => s.UnitId == _unitId && s.Date >= p.First && s.Date <= p.Last);

        private IQueryable<Domain.Referrals.Referral> Referrals(ReportPeriod p) =>
            db.Referrals.AsNoTracking().Where(r => r.UnitId == _unitId && r.SentOn >= p.First && r.SentOn <= p.Last);

        /// <summary>The protection concerns (all, or only the primary one) of the cases that took children in charge in the period.</summary>
        private IQueryable<SexCell> ConcernsOfNewChildren(ReportPeriod p, bool primaryOnly) =>
            from c in TakenInCharge(p)
            from concern in c.Concerns
            where !primaryOnly || concern.IsPrimary
            join ch in Children on c.ChildId equals ch.Id
            group ch.Id by new { concern.Code, ch.Sex } into g
            select new SexCell(g.Key.Code, g.Key.Sex, g.Distinct().LongCount());

        /// <summary>The children taken in charge in the period, with what the profile tables break them down by (age at intake).</summary>
        private IQueryable<NewChild> NewChildren(ReportPeriod p) =>
            from c in TakenInCharge(p)
            join ch in Children on c.ChildId equals ch.Id
            let dob = ch.DateOfBirth
            let age = dob == null ? (int?)null
                : c.ReceivedOn.Year - dob.Value.Year - (c.ReceivedOn.Month * 100 + c.ReceivedOn.Day < dob.Value.Month * 100 + dob.Value.Day ? 1 : 0)
            select new NewChild
            {
                ChildId = ch.Id,
                Sex = ch.Sex,
                AgeBand = age == null ? Unknown : age < 1 ? "<1" : age < 5 ? "1-4" : age < 10 ? "5-9" : age < 15 ? "10-14" : age < 18 ? "15-17" : "18+",
                CommuneCode = ch.CommuneCode,
                HasDisability = ch.HasDisability,
                Schooling = ch.Schooling,
                Nationality = ch.Nationality,
                NotRegistered = ch.CivilRegistration.IsRegistered == false,
                HasBirthDate = dob != null,
                Place = c.Intake.PlaceOfOccurrence,
                Perpetrator = c.Intake.PerpetratorRelationship,
            };

        // ---- figure helpers -------------------------------------------------------------------------------------------

        private static Task<long> DistinctChildren(IQueryable<Case> cases, CancellationToken ct) => cases.Select(c => c.ChildId).Distinct().LongCountAsync(ct);

        private DateTimeOffset UnitClock(DateOnly day) => Security.UnitClock.StartOf(day, unit.TimeZoneId);

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
        private async Task NewChildrenTableAsync(string code, string dimension, IQueryable<SexCell> query, CancellationToken ct)
        {
            var cells = await query.ToListAsync(ct);
            var rows = RowOrder.Sort(dimension, cells.GroupBy(c => c.Key), g => g.Key)
                .Select(g => SexRow(g.Key, g.Where(c => c.Sex == Sex.Female).Sum(c => c.N), g.Where(c => c.Sex == Sex.Male).Sum(c => c.N))).ToList();
            _newChildrenBySex ??= await NewChildren(_month).GroupBy(x => x.Sex).Select(g => new { g.Key, N = g.Select(x => x.ChildId).Distinct().LongCount() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
            var total = new TableRow("T", [_newChildrenBySex.GetValueOrDefault(Sex.Female), _newChildrenBySex.GetValueOrDefault(Sex.Male), Month("A3").N]);
            _tables.Add(new IndicatorTable(code, dimension, IndicatorTable.BySex, rows, total) { TotalOf = "A3" });
        }

        private Dictionary<Sex, long>? _newChildrenBySex;

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

    private sealed record SexCell(string Key, Sex Sex, long N);

    /// <summary>A child taken in charge, seen through the case that took them in (query shape only).</summary>
    private sealed class NewChild
    {
        public Guid ChildId { get; init; }
        public Sex Sex { get; init; }
        public string AgeBand { get; init; } = string.Empty;
        public string? CommuneCode { get; init; }
        public bool HasDisability { get; init; }
        public SchoolingStatus Schooling { get; init; }
        public string Nationality { get; init; } = string.Empty;
        public bool NotRegistered { get; init; }
        public bool HasBirthDate { get; init; }
        public PlaceOfOccurrence Place { get; init; }
        public PerpetratorRelationship? Perpetrator { get; init; }
    }
}
