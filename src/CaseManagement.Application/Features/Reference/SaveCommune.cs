using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reference;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Reference;

public static class SaveCommune
{
    /// <summary>Adds a commune (no <see cref="Version"/>) or corrects one (with the version read).</summary>
    [Validation.Stores(typeof(Domain.Reference.Commune))]
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? NameAr { get; set; }
        public Milieu Milieu { get; set; }
        public bool IsOfficialCode { get; set; }
        public bool IsActive { get; set; } = true;
        public string? Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().MaximumLength(16).Matches("^[A-Za-z0-9.-]+$");
            RuleFor(c => c.Name).NotEmpty().MaximumLength(120);
            RuleFor(c => c.NameAr).NotEmpty().MaximumLength(120);
            RuleFor(c => c.Milieu).IsInEnum();
            RuleFor(c => c.Version).Must(VersionToken.IsValid).When(c => c.Version is not null);
        }
    }

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var commune = await db.Communes.SingleOrDefaultAsync(c => c.Code == command.Code, cancellationToken);
            if (command.Version is null)
            {
                if (commune is not null)
                    throw new Domain.DomainRuleException("Commune.CodeTaken", "A commune with this code exists already.");
                var created = new Commune(command.Code!, command.Name!, command.NameAr!, command.Milieu, command.IsOfficialCode);
                created.Change(command.Name!, command.NameAr!, command.Milieu, command.IsOfficialCode, command.IsActive);
                db.Communes.Add(created);
                return MediatR.Unit.Value;
            }

            if (commune is null)
                throw new NotFoundException(nameof(Commune), command.Code!);
            db.ExpectVersion(commune, command.Version);
            commune.Change(command.Name!, command.NameAr!, command.Milieu, command.IsOfficialCode, command.IsActive);
            return MediatR.Unit.Value;
        }
    }
}
