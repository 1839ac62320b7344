using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Users;

/// <summary>A user as administrators see them: unit users have a unit, report viewers a province.</summary>
public sealed record UserModel(Guid Id, string Email, string DisplayName, string Role, Guid? UnitId, string? UnitCode, bool IsActive, bool IsLockedOut)
{
    public Guid? ProvinceId { get; init; }
    public string? ProvinceCode { get; init; }
}

public static class ListUsers
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Query : IRequest<IReadOnlyList<UserModel>>;

    public sealed class Handler(CaseDbContext db, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<UserModel>>
    {
        public async Task<IReadOnlyList<UserModel>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var rows = await (from u in db.Users.AsNoTracking()
                              orderby u.DisplayName
                              select new
                              {
                                  u.Id, u.Email, u.DisplayName, u.UnitId, u.ProvinceId, u.IsActive, u.LockoutEnd,
                                  UnitCode = db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Code).FirstOrDefault(),
                                  ProvinceCode = db.Provinces.Where(x => x.Id == u.ProvinceId).Select(x => x.Code).FirstOrDefault(),
                                  Role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault(),
                              }).ToListAsync(cancellationToken);
            return rows.Select(r => new UserModel(r.Id, r.Email ?? string.Empty, r.DisplayName, r.Role ?? string.Empty, r.UnitId, r.UnitCode,
                r.IsActive, r.LockoutEnd > now) { ProvinceId = r.ProvinceId, ProvinceCode = r.ProvinceCode }).ToList();
        }
    }
}

internal static class IdentityErrors
{
    /// <summary>Identity's refusals (weak password, taken e-mail) become field errors like any other validation.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string field)
    {
        if (!result.Succeeded)
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(field, e.Description) { ErrorCode = "Identity." + e.Code }));
    }
}

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
                .MustAsync(async (email, ct) =>
                {
                    var normalized = email!.Trim().ToUpperInvariant();
                    return !await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct);
                })
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
            };
            (await users.CreateAsync(user, command.Password!)).ThrowIfFailed(nameof(Command.Password));
            (await users.AddToRoleAsync(user, command.Role!)).ThrowIfFailed(nameof(Command.Role));
            return user.Id;
        }
    }
}

public static class ChangeUserAccess
{
    /// <summary>Changes a user's role and unit; their sessions are renewed so the change applies at once.</summary>
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid Id { get; set; }
        public string? Role { get; set; }
        public Guid? UnitId { get; set; }
        public Guid? ProvinceId { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db)
        {
            RuleFor(c => c.Role).NotEmpty().Must(r => Roles.All.Contains(r!)).WithMessage("User.UnknownRole");
            RuleFor(c => c.UnitId).NotEmpty().When(c => !Roles.IsProvincial(c.Role)).WithMessage("User.UnknownUnit")
                .MustAsync(async (id, ct) => id is null || await db.Units.AnyAsync(u => u.Id == id, ct)).WithMessage("User.UnknownUnit");
            RuleFor(c => c.ProvinceId).NotEmpty().When(c => Roles.IsProvincial(c.Role)).WithMessage("User.ProvinceRequired")
                .MustAsync(async (id, ct) => id is null || await db.Provinces.AnyAsync(p => p.Id == id, ct)).WithMessage("User.UnknownProvince");
        }
    }

    public sealed class Handler(UserManager<AppUser> users, ICurrentUser current) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.Id.ToString()) ?? throw new NotFoundException("User", command.Id);
            if (user.Id == current.Id && command.Role != Roles.Administrator)
                throw new Domain.DomainRuleException("User.CannotDemoteSelf", "Administrators cannot remove their own administrator role.");

            var roles = await users.GetRolesAsync(user);
            (await users.RemoveFromRolesAsync(user, roles)).ThrowIfFailed(nameof(Command.Role));
            (await users.AddToRoleAsync(user, command.Role!)).ThrowIfFailed(nameof(Command.Role));
            var provincial = Roles.IsProvincial(command.Role);
            user.UnitId = provincial ? null : command.UnitId;
            user.ProvinceId = provincial ? command.ProvinceId : null;
            (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed(nameof(Command.Id));
            return MediatR.Unit.Value;
        }
    }
}

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
            return MediatR.Unit.Value;
        }
    }
}
