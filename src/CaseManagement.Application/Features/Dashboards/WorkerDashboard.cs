using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Dashboards;

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
            var byStatus = await db.Cases.AsNoTracking().Where(c => c.UnitId == unitId && c.AssignedTo == me && EF.Constant(Case.NotFinished).Contains(c.Status))
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
