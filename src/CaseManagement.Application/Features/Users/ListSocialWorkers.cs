using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Users;

/// <summary>Social workers of the user's unit, for assignment lists (with its supervisors, for the audit trail's person filter).</summary>
public static class ListSocialWorkers
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(bool WithSupervisors = false) : IRequest<IReadOnlyList<Worker>>;

    public sealed record Worker(Guid Id, string Name);

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Worker>>
    {
        public async Task<IReadOnlyList<Worker>> Handle(Query query, CancellationToken cancellationToken) =>
            await (query.WithSupervisors ? db.Users.AsNoTracking().CaseWorkersOf(db, user.UnitId) : db.Users.AsNoTracking().SocialWorkersOf(db, user.UnitId))
                .OrderBy(u => u.DisplayName)
                .Select(u => new Worker(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
    }
}
