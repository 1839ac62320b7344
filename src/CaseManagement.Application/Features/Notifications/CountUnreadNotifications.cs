using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Notifications;

public static class CountUnreadNotifications
{
    [Authorize]
    public sealed record Query : IRequest<int>;

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, int>
    {
        public Task<int> Handle(Query query, CancellationToken cancellationToken)
        {
            var me = user.Id;
            return db.Notifications.CountAsync(n => n.UserId == me && n.ReadAt == null, cancellationToken);
        }
    }
}
