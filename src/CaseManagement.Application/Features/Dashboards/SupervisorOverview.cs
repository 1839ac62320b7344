using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Dashboards;

/// <summary>What a supervisor checks every morning: the decisions waiting for them (each worker's caseload is on the
/// unit dashboard, <see cref="Caseloads"/>: it groups every active case of the unit).</summary>
public static class SupervisorOverview
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Query : IRequest<Model>;

    /// <summary><see cref="Waiting"/>: the <see cref="Shown"/> oldest of <see cref="WaitingCount"/> decisions waiting.</summary>
    public sealed record Model(IReadOnlyList<Pending> Waiting, int WaitingCount);

    public const int Shown = 20;

    public sealed record Pending(Guid CaseId, string Number, string Kind, DateTimeOffset? Since, string? By);

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var cases = db.Cases.AsNoTracking().InUnitOf(user);
            var submittedPlans = cases.Where(c => c.PlanState == ApprovalState.Submitted);
            var requestedClosures = cases.Where(c => c.ClosureState == ApprovalState.Submitted);
            var count = await submittedPlans.CountAsync(cancellationToken) + await requestedClosures.CountAsync(cancellationToken);
            var plans = await submittedPlans.OrderBy(c => c.Plan!.SubmittedAt).Take(Shown)
                .Select(c => new { c.Id, c.Number, Since = c.Plan!.SubmittedAt, By = c.Plan.SubmittedBy }).ToListAsync(cancellationToken);
            var closures = await requestedClosures.OrderBy(c => c.Closure!.RequestedAt).Take(Shown)
                .Select(c => new { c.Id, c.Number, Since = (DateTimeOffset?)c.Closure!.RequestedAt, By = (Guid?)c.Closure.RequestedBy }).ToListAsync(cancellationToken);

            var requesterIds = plans.Select(p => p.By).Concat(closures.Select(c => c.By)).OfType<Guid>().Distinct().ToList();
            var requesters = await db.NamesAsync(requesterIds, cancellationToken);

            var waiting = plans.Select(p => new Pending(p.Id, p.Number, "Plan", p.Since, p.By is { } b ? requesters.GetValueOrDefault(b) : null))
                .Concat(closures.Select(c => new Pending(c.Id, c.Number, "Closure", c.Since, c.By is { } b ? requesters.GetValueOrDefault(b) : null)))
                .OrderBy(p => p.Since).Take(Shown).ToList();
            return new Model(waiting, count);
        }
    }
}
