using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnitEntity = CaseManagement.Domain.Units.Unit;

namespace CaseManagement.Application.Features.Units;

public static class EditUnit
{
    [Validation.Stores(typeof(Domain.Units.Unit))]
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
