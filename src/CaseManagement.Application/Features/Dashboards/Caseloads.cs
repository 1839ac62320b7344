using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Dashboards;

/// <summary>
/// Each social worker's active cases, urgent and high-risk among them: one grouped read of the unit's active cases from
/// a covering index (unit, status, assignee, urgency, risk), shown on the unit dashboard.
/// </summary>
public static class Caseloads
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Query : IRequest<IReadOnlyList<Caseload>>;

    public sealed record Caseload(Guid UserId, string Name, int ActiveCases, int UrgentCases, int HighRiskCases);

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Caseload>>
    {
        public async Task<IReadOnlyList<Caseload>> Handle(Query query, CancellationToken cancellationToken)
        {
            var workers = await db.Users.AsNoTracking().SocialWorkersOf(db, user.UnitId).OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
            var loads = await db.Cases.AsNoTracking().InUnitOf(user)
                .Where(c => c.AssignedTo != null && EF.Constant(Case.NotFinished).Contains(c.Status))
                .GroupBy(c => c.AssignedTo)
                .Select(g => new { Id = g.Key, Active = g.Count(), Urgent = g.Count(c => c.Urgent), High = g.Count(c => c.RiskLevel == RiskLevel.High) })
                .ToListAsync(cancellationToken);
            return workers.Select(w =>
            {
                var load = loads.FirstOrDefault(l => l.Id == w.Id);
                return new Caseload(w.Id, w.DisplayName, load?.Active ?? 0, load?.Urgent ?? 0, load?.High ?? 0);
            }).ToList();
        }
    }
}
