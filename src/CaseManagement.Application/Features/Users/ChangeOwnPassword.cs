using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Application.Features.Users;

/// <summary>
/// The signed-in user chooses a new password (required after an administrator set one). Every session of the user
/// ends with it, the one making the change is renewed by the caller.
/// </summary>
public static class ChangeOwnPassword
{
    [Authorize]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
        public string? Confirmation { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CurrentPassword).NotEmpty();
            RuleFor(c => c.NewPassword).NotEmpty().MinimumLength(12).NotEqual(c => c.CurrentPassword).WithMessage("Password.SameAsCurrent");
            RuleFor(c => c.Confirmation).Equal(c => c.NewPassword).WithMessage("Password.ConfirmationDiffers");
        }
    }

    public sealed class Handler(UserManager<AppUser> users, ICurrentUser current) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(current.Id.ToString()) ?? throw new NotFoundException("User", current.Id);
            var changed = await users.ChangePasswordAsync(user, command.CurrentPassword!, command.NewPassword!); // checks the current one too
            if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.CurrentPassword), "Password.CurrentWrong")]);
            changed.ThrowIfFailed(nameof(Command.NewPassword));
            user.MustChangePassword = false;
            (await users.UpdateAsync(user)).ThrowIfFailed(nameof(Command.NewPassword));
            return MediatR.Unit.Value;
        }
    }
}
