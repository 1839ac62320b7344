using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Application.Features.Users;

public static class SetUserActive
{
    /// <summary>Disables (or enables again) a user. A disabled user cannot sign in and loses open sessions.</summary>
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command(Guid Id, bool Active) : ICommand<MediatR.Unit>;

    public sealed class Handler(UserManager<AppUser> users, ICurrentUser current) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.Id.ToString()) ?? throw new NotFoundException("User", command.Id);
            if (user.Id == current.Id && !command.Active)
                throw new Domain.DomainRuleException("User.CannotDisableSelf", "Administrators cannot disable themselves.");

            user.IsActive = command.Active;
            (await users.SetLockoutEndDateAsync(user, command.Active ? null : DateTimeOffset.MaxValue)).ThrowIfFailed(nameof(Command.Id));
            (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed(nameof(Command.Id));
            return MediatR.Unit.Value;
        }
    }
}
