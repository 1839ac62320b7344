using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Users;

public static class CreateUser
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command : ICommand<Guid>
    {
        public string? Email { get; set; }
        public string? DisplayName { get; set; }
        public string? Role { get; set; }
        public string? Password { get; set; }
        public Guid? UnitId { get; set; }

        /// <summary>For provincial and partner viewers, who belong to a province and not to a unit.</summary>
        public Guid? ProvinceId { get; set; }
        public string PreferredCulture { get; set; } = "fr";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db)
        {
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256)
                .MustAsync((email, ct) => UserAccess.EmailFreeAsync(db, email!, null, ct))
                .WithMessage("User.EmailTaken");
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Role).NotEmpty().Must(r => Roles.All.Contains(r!)).WithMessage("User.UnknownRole");
            RuleFor(c => c.Password).NotEmpty().MinimumLength(12);
            RuleFor(c => c.UnitId).MustAsync(async (id, ct) => id is null || await db.Units.AnyAsync(u => u.Id == id, ct))
                .WithMessage("User.UnknownUnit");
            RuleFor(c => c.ProvinceId).NotEmpty().When(c => Roles.IsProvincial(c.Role)).WithMessage("User.ProvinceRequired")
                .MustAsync(async (id, ct) => id is null || await db.Provinces.AnyAsync(p => p.Id == id, ct)).WithMessage("User.UnknownProvince");
            RuleFor(c => c.PreferredCulture).Must(c => c is "fr" or "ar" or "en");
        }
    }

    public sealed class Handler(UserManager<AppUser> users, ICurrentUser current) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = new AppUser
            {
                Id = Guid.NewGuid(),
                UserName = command.Email!.Trim(),
                Email = command.Email!.Trim(),
                EmailConfirmed = true,
                DisplayName = command.DisplayName!.Trim(),
                UnitId = Roles.IsProvincial(command.Role) ? null : command.UnitId ?? current.UnitId,
                ProvinceId = Roles.IsProvincial(command.Role) ? command.ProvinceId : null,
                PreferredCulture = command.PreferredCulture,
                LockoutEnabled = true,
                MustChangePassword = true, // the administrator knows it: the user chooses their own at the first sign-in
            };
            (await users.CreateAsync(user, command.Password!)).ThrowIfFailed(nameof(Command.Password));
            (await users.AddToRoleAsync(user, command.Role!)).ThrowIfFailed(nameof(Command.Role));
            return user.Id;
        }
    }
}
