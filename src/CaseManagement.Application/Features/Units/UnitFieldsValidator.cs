using CaseManagement.Application.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using UnitEntity = CaseManagement.Domain.Units.Unit;

namespace CaseManagement.Application.Features.Units;

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
