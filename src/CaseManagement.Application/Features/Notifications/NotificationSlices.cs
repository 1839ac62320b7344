using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
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

/// <summary>Marks one notification (<see cref="Command.Id"/>) or all of the user's notifications read.</summary>
public static class MarkNotificationsRead
{
    [Authorize]
    public sealed record Command(Guid? Id) : ICommand<MediatR.Unit>;

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var me = user.Id;
            var now = clock.GetUtcNow();
            if (command.Id is { } id)
            {
                var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == me, cancellationToken)
                                   ?? throw new NotFoundException(nameof(Notification), id);
                notification.MarkRead(now);
            }
            else
            {
                await db.Notifications.Where(n => n.UserId == me && n.ReadAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
            }

            return MediatR.Unit.Value;
        }
    }
}

/// <summary>Turns the user's reminder e-mails on or off.</summary>
public static class SetEmailNotifications
{
    [Authorize]
    public sealed record Command(bool Enabled) : ICommand<MediatR.Unit>;

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var me = user.Id;
            var appUser = await db.Users.SingleAsync(u => u.Id == me, cancellationToken);
            appUser.EmailNotifications = command.Enabled;
            return MediatR.Unit.Value;
        }
    }
}
