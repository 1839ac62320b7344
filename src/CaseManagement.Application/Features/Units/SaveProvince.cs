using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Units;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Units;

public static class SaveProvince
{
    /// <summary>Creates a province (no id) or corrects one (id and version).</summary>
    [Validation.Stores(typeof(Domain.Units.Province))]
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid? Id { get; set; }
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? NameAr { get; set; }
        public string? Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db)
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
            RuleFor(c => c.NameAr).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Code).NotEmpty().Must(Province.IsValidCode).WithMessage("Province.InvalidCode")
                .MustAsync(async (command, code, ct) => !await db.Provinces.AnyAsync(p => p.Code == code && p.Id != command.Id, ct))
                .WithMessage("Province.CodeTaken");
            RuleFor(c => c.Version).NotEmpty().Must(VersionToken.IsValid).When(c => c.Id is not null);
        }
    }

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Id is not { } id)
            {
                var province = Province.Create(command.Code!, command.Name!, command.NameAr!);
                db.Provinces.Add(province);
                return province.Id;
            }

            var existing = await db.Provinces.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException(nameof(Province), id);
            db.ExpectVersion(existing, command.Version!);
            existing.Change(command.Code!, command.Name!, command.NameAr!);
            return existing.Id;
        }
    }
}
