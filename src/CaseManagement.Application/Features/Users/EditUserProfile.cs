using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Users;

/// <summary>Corrects a user's name, e-mail (their sign-in name) and preferred language (applied at their next sign-in).</summary>
public static class EditUserProfile
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid Id { get; set; }
        public string? DisplayName { get; set; }
        public string? Email { get; set; }
        public string PreferredCulture { get; set; } = "fr";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db)
        {
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256)
                .MustAsync((command, email, ct) => UserAccess.EmailFreeAsync(db, email!, command.Id, ct))
                .WithMessage("User.EmailTaken");
            RuleFor(c => c.PreferredCulture).Must(c => c is "fr" or "ar" or "en");
        }
    }

    public sealed class Handler(UserManager<AppUser> users) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.Id.ToString()) ?? throw new NotFoundException("User", command.Id);
            user.DisplayName = command.DisplayName!.Trim();
            user.PreferredCulture = command.PreferredCulture;
            var email = command.Email!.Trim();
            if (!string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
            {
                (await users.SetEmailAsync(user, email)).ThrowIfFailed(nameof(Command.Email));
                (await users.SetUserNameAsync(user, email)).ThrowIfFailed(nameof(Command.Email));
                user.EmailConfirmed = true;
            }

            (await users.UpdateAsync(user)).ThrowIfFailed(nameof(Command.Email));
            return MediatR.Unit.Value;
        }
    }
}
