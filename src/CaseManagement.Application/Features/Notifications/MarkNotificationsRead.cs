using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Notifications;

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
