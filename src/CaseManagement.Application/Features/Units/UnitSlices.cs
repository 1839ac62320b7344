using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using UnitEntity = CaseManagement.Domain.Units.Unit;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Units;

public sealed record UnitModel(Guid Id, string Name, string NameAr, string Code, string TimeZoneId, string Version, Domain.Units.TimelinessStandards Standards, Domain.Units.ReminderSettings Reminders)
{
    public Guid ProvinceId { get; init; }
}

public static class ListUnits
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Query : IRequest<IReadOnlyList<UnitModel>>;

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Query, IReadOnlyList<UnitModel>>
    {
        public async Task<IReadOnlyList<UnitModel>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Units.AsNoTracking().OrderBy(u => u.Code)
                .Select(u => new UnitModel(u.Id, u.Name, u.NameAr, u.Code, u.TimeZoneId, VersionToken.Encode(EF.Property<byte[]>(u, CaseDbContext.VersionProperty)), u.Standards, u.Reminders)
                {
                    ProvinceId = u.ProvinceId,
                })
                .ToListAsync(cancellationToken);
    }
}

internal sealed class UnitFieldsValidator : AbstractValidator<IUnitFields>
{
    public UnitFieldsValidator(CaseDbContext db)
    {
        RuleFor(u => u.Name).NotEmpty().MaximumLength(200);
        RuleFor(u => u.NameAr).NotEmpty().MaximumLength(200);
        RuleFor(u => u.Code).NotEmpty().Must(UnitEntity.IsValidCode).WithMessage("Unit.InvalidCode")
            .MustAsync(async (command, code, ct) => !await db.Units.AnyAsync(u => u.Code == code && u.Id != command.ExistingId, ct))
            .WithMessage("Unit.CodeTaken");
        RuleFor(u => u.TimeZoneId).Must(tz => string.IsNullOrEmpty(tz) || TimeZoneInfo.TryFindSystemTimeZoneById(tz, out _))
            .WithMessage("Unit.UnknownTimeZone");
        RuleFor(u => u.ProvinceId).MustAsync(async (id, ct) => id is null || await db.Provinces.AnyAsync(p => p.Id == id, ct))
            .WithMessage("Unit.UnknownProvince");
    }
}

public interface IUnitFields
{
    string? Name { get; }
    string? NameAr { get; }
    string? Code { get; }
    string? TimeZoneId { get; }

    /// <summary>Empty on creation: the only province, when there is just one; empty on an edit: unchanged.</summary>
    Guid? ProvinceId { get; }
    Guid? ExistingId { get; }
}

public static class CreateUnit
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command : ICommand<Guid>, IUnitFields
    {
        public string? Name { get; set; }
        public string? NameAr { get; set; }
        public string? Code { get; set; }
        public string? TimeZoneId { get; set; }
        public Guid? ProvinceId { get; set; }
        Guid? IUnitFields.ExistingId => null;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db) => Include(new UnitFieldsValidator(db));
    }

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var province = command.ProvinceId ?? await SoleProvinceAsync(cancellationToken)
                           ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.ProvinceId), "Unit.ProvinceRequired")]);
            var unit = UnitEntity.Create(command.Name!, command.NameAr!, command.Code!, province, command.TimeZoneId);
            db.Units.Add(unit);
            return unit.Id;
        }

        private async Task<Guid?> SoleProvinceAsync(CancellationToken ct)
        {
            var provinces = await db.Provinces.Select(p => p.Id).Take(2).ToListAsync(ct);
            return provinces.Count == 1 ? provinces[0] : null;
        }
    }
}

public static class EditUnit
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command : ICommand<MediatR.Unit>, IUnitFields
    {
        public Guid Id { get; set; }
        public string? Name { get; set; }
        public string? NameAr { get; set; }
        public string? Code { get; set; }
        public string? TimeZoneId { get; set; }
        public Guid? ProvinceId { get; set; }
        public string? Version { get; set; }
        Guid? IUnitFields.ExistingId => Id;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db)
        {
            Include(new UnitFieldsValidator(db));
            RuleFor(c => c.Version).NotEmpty().Must(VersionToken.IsValid);
        }
    }

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
                       ?? throw new NotFoundException(nameof(UnitEntity), command.Id);
            db.ExpectVersion(unit, command.Version!);
            unit.Change(command.Name!, command.NameAr!, command.Code!, command.ProvinceId ?? unit.ProvinceId, command.TimeZoneId);
            return MediatR.Unit.Value;
        }
    }
}
