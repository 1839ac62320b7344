using CaseManagement.Application.Data;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Dashboards;

/// <summary>One bar of a dashboard chart: a coded key (labelled by the page) and its value.</summary>
public sealed record ChartBar(string Key, long Value);

/// <summary>
/// The supervisor's charts, live and inside the unit (exact figures): reports received in each of the last twelve
/// months, active cases by primary concern, by commune and by status, overdue follow-ups and caseload per social worker.
/// Grouped queries over the unit's active cases and the last year's reports; bounded by the lists they group by.
/// </summary>
public static class UnitDashboard
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Query : IRequest<Model>;

    public sealed record Model(IReadOnlyList<MonthValue> NewCasesByMonth, IReadOnlyList<ChartBar> ActiveByConcern, IReadOnlyList<ChartBar> ActiveByCommune,
        IReadOnlyList<ChartBar> ActiveByStatus, IReadOnlyList<ChartBar> OverdueByWorker, IReadOnlyList<ChartBar> CaseloadByWorker,
        IReadOnlyDictionary<string, string> WorkerNames, IReadOnlyDictionary<string, Names> CommuneNames);

    private static readonly CaseStatus[] ActiveStatuses = [CaseStatus.Open, CaseStatus.UnderAssessment, CaseStatus.PlanEstablished, CaseStatus.InCare, CaseStatus.FollowUp];

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var unitId = user.UnitId;
            var today = user.Today(clock);
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
            var cases = db.Cases.AsNoTracking().Where(c => c.UnitId == unitId);
            var active = cases.Where(c => c.Status == CaseStatus.Open || c.Status == CaseStatus.UnderAssessment || c.Status == CaseStatus.PlanEstablished
                                          || c.Status == CaseStatus.InCare || c.Status == CaseStatus.FollowUp);

            var received = await cases.Where(c => c.ReceivedOn >= first && c.ReceivedOn <= today)
                .GroupBy(c => new { c.ReceivedOn.Year, c.ReceivedOn.Month }).Select(g => new { g.Key.Year, g.Key.Month, N = g.LongCount() })
                .ToListAsync(cancellationToken);
            var byMonth = Enumerable.Range(0, 12).Select(first.AddMonths)
                .Select(m => new MonthValue(m.Year, m.Month, received.FirstOrDefault(r => r.Year == m.Year && r.Month == m.Month)?.N ?? 0)).ToList();

            var byConcern = await (from c in active from x in c.Concerns where x.IsPrimary group c by x.Code into g select new ChartBar(g.Key, g.LongCount()))
                .ToListAsync(cancellationToken);
            var byCommune = await (from c in active
                                   join ch in db.Children on c.ChildId equals ch.Id
                                   group c by ch.CommuneCode into g
                                   select new { g.Key, N = g.LongCount() }).ToListAsync(cancellationToken);
            var byStatus = await active.GroupBy(c => c.Status).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(cancellationToken);
            var caseload = await active.Where(c => c.AssignedTo != null).GroupBy(c => c.AssignedTo).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(cancellationToken);
            var overdue = await db.FollowUps.AsNoTracking()
                .Where(f => f.UnitId == unitId && f.Status == FollowUpStatus.Planned && f.DueOn < today && f.AssigneeId != null)
                .GroupBy(f => f.AssigneeId).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(cancellationToken);

            var workers = await db.Users.AsNoTracking().CaseWorkersOf(db, unitId).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
            var names = workers.ToDictionary(w => w.Id.ToString(), w => w.DisplayName);
            var communes = await db.Communes.AsNoTracking().Select(c => new { c.Code, c.Name, c.NameAr }).ToListAsync(cancellationToken);

            IReadOnlyList<ChartBar> ByWorker(IEnumerable<(Guid? Key, long N)> rows) =>
                rows.Where(r => r.Key is { } id && names.ContainsKey(id.ToString())).Select(r => new ChartBar(r.Key!.Value.ToString(), r.N))
                    .OrderByDescending(b => b.Value).ThenBy(b => names[b.Key], StringComparer.CurrentCulture).ToList();

            return new Model(
                byMonth,
                RowOrder.Sort("Concern", byConcern, b => b.Key).ToList(),
                byCommune.Select(c => new ChartBar(c.Key ?? MonthlyIndicators.Unknown, c.N)).OrderByDescending(b => b.Value).ThenBy(b => b.Key, StringComparer.Ordinal).Take(15).ToList(),
                ActiveStatuses.Select(s => new ChartBar(s.ToString(), byStatus.FirstOrDefault(b => b.Key == s)?.N ?? 0)).ToList(),
                ByWorker(overdue.Select(o => (o.Key, o.N))),
                ByWorker(caseload.Select(o => (o.Key, o.N))),
                names,
                communes.ToDictionary(c => c.Code, c => new Names(c.Name, c.NameAr)));
        }
    }
}

/// <summary>A social worker's own charts: their active cases by status and their overdue follow-ups by kind.</summary>
public static class WorkerDashboard
{
    [Authorize(Roles = Roles.SocialWorker)]
    public sealed record Query : IRequest<Model>;

    public sealed record Model(IReadOnlyList<ChartBar> CasesByStatus, IReadOnlyList<ChartBar> OverdueByKind);

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var (unitId, me, today) = (user.UnitId, user.Id, user.Today(clock));
            var byStatus = await db.Cases.AsNoTracking().Where(c => c.UnitId == unitId && c.AssignedTo == me && c.Status != CaseStatus.Closed && c.Status != CaseStatus.NotRetained)
                .GroupBy(c => c.Status).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(cancellationToken);
            var overdue = await db.FollowUps.AsNoTracking().Where(f => f.AssigneeId == me && f.Status == FollowUpStatus.Planned && f.DueOn < today)
                .GroupBy(f => f.Kind).Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(cancellationToken);
            return new Model(
                Enum.GetValues<CaseStatus>().Where(s => s is not (CaseStatus.Closed or CaseStatus.NotRetained))
                    .Select(s => new ChartBar(s.ToString(), byStatus.FirstOrDefault(b => b.Key == s)?.N ?? 0)).Where(b => b.Value > 0).ToList(),
                Enum.GetValues<FollowUpKind>().Select(k => new ChartBar(k.ToString(), overdue.FirstOrDefault(o => o.Key == k)?.N ?? 0)).Where(b => b.Value > 0).ToList());
        }
    }
}

/// <summary>
/// A provincial viewer's home: for each unit of the province, the key figures of its latest published report (under
/// disclosure control), and the province's new children per month summed over those reports.
/// </summary>
public static class ProvinceDashboard
{
    [Authorize(Roles = Roles.ProvincialViewer)]
    public sealed record Query : IRequest<Model>;

    public sealed record UnitFigures(Guid UnitId, string Code, string Name, string NameAr, int Year, int Month, int Edition, IReadOnlyList<IndicatorView> KeyFigures);

    public sealed record Model(IReadOnlyList<UnitFigures> Units, IReadOnlyList<MonthValueView> NewChildrenByMonth);

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var provinceId = user.ProvinceId;
            var units = await db.Units.AsNoTracking().Where(u => u.ProvinceId == provinceId).OrderBy(u => u.Code)
                .Select(u => new { u.Id, u.Code, u.Name, u.NameAr }).ToListAsync(cancellationToken);
            var result = new List<UnitFigures>();
            var series = new Dictionary<(int, int), long>();
            foreach (var unit in units)
            {
                var latest = await db.MonthlyReports.AsNoTracking()
                    .Where(r => r.UnitId == unit.Id && (r.Status == ReportStatus.Validated || r.Status == ReportStatus.Sent))
                    .OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).ThenByDescending(r => r.Edition)
                    .Select(r => new { r.Year, r.Month, r.Edition, r.Snapshot }).FirstOrDefaultAsync(cancellationToken);
                if (latest is null)
                    continue;
                var figures = CanonicalJson.Deserialize<ReportSnapshot>(latest.Snapshot!).Figures;
                var view = FiguresView.Of(figures, exact: false);
                result.Add(new UnitFigures(unit.Id, unit.Code, unit.Name, unit.NameAr, latest.Year, latest.Month, latest.Edition,
                    ReportCatalogue.KeyFigures.Where(view.Indicators.ContainsKey).Select(c => view.Indicators[c]).ToList()));
                foreach (var m in figures.NewChildrenByMonth)
                    series[(m.Year, m.Month)] = series.GetValueOrDefault((m.Year, m.Month)) + m.Value;
            }

            var months = series.OrderBy(s => s.Key).TakeLast(12)
                .Select(s => new MonthValueView(s.Key.Item1, s.Key.Item2, Disclosure.IsSmall(s.Value) ? null : s.Value)).ToList();
            return new Model(result, months);
        }
    }
}
