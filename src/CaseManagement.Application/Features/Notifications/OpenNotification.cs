using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Notifications;

/// <summary>Marks a notification read and tells where its record is (the case, the placement or the child).</summary>
public static class OpenNotification
{
    [Authorize]
    public sealed record Command(Guid Id) : ICommand<string>;

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, string>
    {
        public async Task<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var me = user.Id;
            var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.Id && n.UserId == me, cancellationToken)
                               ?? throw new NotFoundException(nameof(Notification), command.Id);
            notification.MarkRead(clock.GetUtcNow());
            var id = notification.SubjectId;
            switch (notification.SubjectType)
            {
                case "Case":
                    // A second approver reads another unit's case on its decision page only.
                    return notification.UnitId != user.UnitId && notification.Rule is ReminderRule.PlanAwaitingApproval or ReminderRule.ClosureAwaitingApproval
                        ? $"/Cases/Decision/{id}"
                        : $"/Cases/Details/{id}";
                case "Child":
                    return $"/Children/Details/{id}";
                case "Referral":
                    return $"/Cases/Details/{await db.Referrals.Where(r => r.Id == id).Select(r => r.CaseId).SingleAsync(cancellationToken)}";
                default:
                    var followUp = await db.FollowUps.AsNoTracking().Where(f => f.Id == id)
                        .Select(f => new { f.CaseId, f.KafalaPlacementId, f.EpsPlacementId }).SingleAsync(cancellationToken);
                    return followUp.KafalaPlacementId is { } k ? $"/Kafala/Details/{k}"
                        : followUp.EpsPlacementId is { } e ? $"/Eps/Placement/{e}"
                        : $"/Cases/Details/{followUp.CaseId}";
            }
        }
    }
}
