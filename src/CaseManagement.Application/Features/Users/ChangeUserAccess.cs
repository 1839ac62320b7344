using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Users;

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
