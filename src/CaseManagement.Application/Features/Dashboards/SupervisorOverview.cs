using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Dashboards;

/// <summary>
/// What a supervisor checks every morning: the decisions waiting for them — their unit's plans and closures submitted by
/// someone else, and those of the units they are second approver of (<see cref="CaseAccess.PlansWaitingElsewhere"/>).
/// Their own submissions wait for another supervisor; when the unit has nobody else to decide them, the page says so.
/// (Each worker's caseload is on the unit dashboard, <see cref="Caseloads"/>.)
/// </summary>
public static class SupervisorOverview
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Query : IRequest<Model>;

    /// <summary>
    /// <see cref="Waiting"/>: the <see cref="Shown"/> oldest of <see cref="WaitingCount"/> decisions waiting for the user;
    /// <see cref="OwnWaiting"/>: the user's own submissions waiting for someone else, and <see cref="NobodyToDecideOwn"/>
    /// when the unit has neither another active supervisor nor a second approver.
    /// </summary>
    public sealed record Model(IReadOnlyList<Pending> Waiting, int WaitingCount)
    {
        public int OwnWaiting { get; init; }
        public bool NobodyToDecideOwn { get; init; }
    }

    public const int Shown = 20;

    /// <summary>A decision waiting; <see cref="Elsewhere"/> when it is another unit's (decided on the decision page).</summary>
    public sealed record Pending(Guid CaseId, string Number, string Kind, DateTimeOffset? Since, string? By)
    {
        public bool Elsewhere { get; init; }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, CaseAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var me = user.Id;
            var cases = db.Cases.AsNoTracking().InUnitOf(user);
            var sources = new List<(IQueryable<Case> Plans, IQueryable<Case> Closures, bool Elsewhere)>
            {
                (cases.Where(c => c.PlanState == ApprovalState.Submitted && c.Plan!.SubmittedBy != me),
                 cases.Where(c => c.ClosureState == ApprovalState.Submitted && c.Closure!.RequestedBy != me), false),
            };
            foreach (var approved in await access.ApprovedUnitsAsync(cancellationToken))
                sources.Add((access.PlansWaitingIn(approved).AsNoTracking(), access.ClosuresWaitingIn(approved).AsNoTracking(), true));

            var count = 0;
            var found = new List<(Pending Pending, Guid? By)>();
            foreach (var (plans, closures, elsewhere) in sources)
            {
                count += await plans.CountAsync(cancellationToken) + await closures.CountAsync(cancellationToken);
                found.AddRange((await plans.OrderBy(c => c.Plan!.SubmittedAt).Take(Shown)
                        .Select(c => new { c.Id, c.Number, Since = c.Plan!.SubmittedAt, By = c.Plan.SubmittedBy }).ToListAsync(cancellationToken))
                    .Select(p => (new Pending(p.Id, p.Number, "Plan", p.Since, null) { Elsewhere = elsewhere }, p.By)));
                found.AddRange((await closures.OrderBy(c => c.Closure!.RequestedAt).Take(Shown)
                        .Select(c => new { c.Id, c.Number, Since = (DateTimeOffset?)c.Closure!.RequestedAt, By = (Guid?)c.Closure.RequestedBy }).ToListAsync(cancellationToken))
                    .Select(c => (new Pending(c.Id, c.Number, "Closure", c.Since, null) { Elsewhere = elsewhere }, c.By)));
            }

            var requesters = await db.NamesAsync(found.Select(f => f.By).OfType<Guid>(), cancellationToken);
            var waiting = found.OrderBy(f => f.Pending.Since).Take(Shown)
                .Select(f => f.Pending with { By = f.By is { } b ? requesters.GetValueOrDefault(b) : null }).ToList();

            var ownWaiting = await cases.CountAsync(c => c.PlanState == ApprovalState.Submitted && c.Plan!.SubmittedBy == me, cancellationToken)
                             + await cases.CountAsync(c => c.ClosureState == ApprovalState.Submitted && c.Closure!.RequestedBy == me, cancellationToken);
            var unitId = user.UnitId;
            var nobody = ownWaiting > 0
                         && !await db.Users.SupervisorsOf(db, unitId).AnyAsync(u => u.Id != me, cancellationToken)
                         && !await db.Units.AnyAsync(u => u.Id == unitId && u.SecondApproverId != null, cancellationToken);
            return new Model(waiting, count) { OwnWaiting = ownWaiting, NobodyToDecideOwn = nobody };
        }
    }
}
