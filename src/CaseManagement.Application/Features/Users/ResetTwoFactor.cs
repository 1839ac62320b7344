using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Application.Features.Users;

/// <summary>
/// A user lost their authenticator (and their recovery codes): two-factor sign-in is turned off, the key and codes are
/// forgotten and every session ends; where the role requires it, they enrol again at their next sign-in. Audited.
/// </summary>
public static class ResetTwoFactor
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command(Guid Id) : ICommand<MediatR.Unit>;

    public sealed class Handler(UserManager<AppUser> users) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.Id.ToString()) ?? throw new NotFoundException("User", command.Id);
            (await users.SetTwoFactorEnabledAsync(user, false)).ThrowIfFailed(nameof(Command.Id));
            (await users.ResetAuthenticatorKeyAsync(user)).ThrowIfFailed(nameof(Command.Id));
            // Identity keeps the recovery codes as one token of its own store.
            (await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes")).ThrowIfFailed(nameof(Command.Id));
            return MediatR.Unit.Value;
        }
    }
}
