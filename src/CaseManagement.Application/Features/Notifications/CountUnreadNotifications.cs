using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Notifications;

/// <summary>
/// The bell's number: the user's unread notifications counted up to <see cref="Cap"/> + 1, so that a supervisor with
/// 88,000 unread reminders costs a page no more than one with 100 (the bell shows "99+").
/// </summary>
public static class CountUnreadNotifications
{
    public const int Cap = 99;

    [Authorize]
    public sealed record Query : IRequest<int>;

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, int>
    {
        public Task<int> Handle(Query query, CancellationToken cancellationToken)
        {
            var me = user.Id;
            return db.Notifications.Where(n => n.UserId == me && n.ReadAt == null).Take(Cap + 1).CountAsync(cancellationToken);
        }
    }
}
