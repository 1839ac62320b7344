using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Notifications;

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
