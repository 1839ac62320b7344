using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Application.Features.Users;

public static class ResetPassword
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid Id { get; set; }
        public string? NewPassword { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.NewPassword).NotEmpty().MinimumLength(12);
    }

    public sealed class Handler(UserManager<AppUser> users) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.Id.ToString()) ?? throw new NotFoundException("User", command.Id);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            (await users.ResetPasswordAsync(user, token, command.NewPassword!)).ThrowIfFailed(nameof(Command.NewPassword));
            (await users.ResetAccessFailedCountAsync(user)).ThrowIfFailed(nameof(Command.Id));
            if (user.IsActive)
                (await users.SetLockoutEndDateAsync(user, null)).ThrowIfFailed(nameof(Command.Id)); // a reset also unlocks
            user.MustChangePassword = true; // the administrator knows it: the user chooses their own at the next sign-in
            (await users.UpdateAsync(user)).ThrowIfFailed(nameof(Command.Id));
            return MediatR.Unit.Value;
        }
    }
}
