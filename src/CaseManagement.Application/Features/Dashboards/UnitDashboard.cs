using CaseManagement.Application.Data;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Dashboards;

/// <summary>
/// The supervisor's charts, live and inside the unit (exact figures): reports received in each of the last twelve
/// months, active cases by primary concern, by commune and by status, overdue follow-ups and caseload per social worker.
/// Grouped queries over the unit's active cases and the last year's reports, read from covering indexes (cases by unit,
/// status, id and child; primary concerns; children's communes); bounded by the lists they group by.
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

            // Each active case's primary concern looked up per case (read from the cases' index first; joined the other way
            // round, the database would walk every concern of every case ever reported).
            var primary = await active.GroupBy(c => c.Concerns.Where(x => x.IsPrimary).Select(x => x.Code).FirstOrDefault())
                .Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(cancellationToken);
            var byConcern = primary.Where(p => p.Key is not null).Select(p => new ChartBar(p.Key!, p.N)).ToList();
            // Grouped by the child's commune looked up per active case (an index holds both), so the database reads the
            // unit's active cases first rather than every child of every commune.
            var byCommune = await active.GroupBy(c => db.Children.Where(ch => ch.Id == c.ChildId).Select(ch => ch.CommuneCode).FirstOrDefault())
                .Select(g => new { g.Key, N = g.LongCount() }).ToListAsync(cancellationToken);
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
