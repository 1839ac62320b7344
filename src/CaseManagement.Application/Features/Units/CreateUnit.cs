using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnitEntity = CaseManagement.Domain.Units.Unit;

namespace CaseManagement.Application.Features.Units;

public static class CreateUnit
{
    [Validation.Stores(typeof(Domain.Units.Unit))]
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
