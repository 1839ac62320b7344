using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Notifications;

/// <summary>The user's own notifications, newest first.</summary>
public static class ListNotifications
{
    [Authorize]
    public sealed record Query(bool UnreadOnly = false, int Take = 100) : IRequest<Model>;

    public sealed record Model(IReadOnlyList<Item> Items, bool EmailNotifications);

    public sealed record Item(Guid Id, ReminderRule Kind, string SubjectType, Guid SubjectId, string Reference, DateOnly DueOn, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var me = user.Id;
            var items = await db.Notifications.AsNoTracking().Where(n => n.UserId == me && (!query.UnreadOnly || n.ReadAt == null))
                .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.DueOn).Take(Math.Clamp(query.Take, 1, 500))
                .Select(n => new Item(n.Id, n.Rule, n.SubjectType, n.SubjectId, n.Reference, n.DueOn, n.CreatedAt, n.ReadAt))
                .ToListAsync(cancellationToken);
            var email = await db.Users.Where(u => u.Id == me).Select(u => u.EmailNotifications).SingleAsync(cancellationToken);
            return new Model(items, email);
        }
    }
}
