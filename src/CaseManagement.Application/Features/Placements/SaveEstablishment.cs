using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Placements;

/// <summary>Adds (no id) or corrects (id and version) an establishment of the registry. Supervisors and administrators.</summary>
public static class SaveEstablishment
{
    [Validation.Stores(typeof(Domain.Placements.Establishment))]
    [Authorize(Roles = Roles.PartnerManagers)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid? Id { get; set; }
        public string? Name { get; set; }
        public string? NameAr { get; set; }
        public EstablishmentCategory Category { get; set; }
        public string? AuthorisationNumber { get; set; }
        public DateOnly? AuthorisationDate { get; set; }
        public string? ManagingBody { get; set; }
        public int Capacity { get; set; }
        public int? CapacityGirls { get; set; }
        public int? CapacityBoys { get; set; }
        public int? AgeMin { get; set; }
        public int? AgeMax { get; set; }
        public string? CommuneCode { get; set; }
        public string? Director { get; set; }
        public string? Contacts { get; set; }
        public DateOnly? LastInspectionOn { get; set; }
        public DateOnly? ProjectOn { get; set; }
        public DateOnly? InternalRulesOn { get; set; }
        public bool IsActive { get; set; } = true;
        public string? Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db)
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
            RuleFor(c => c.NameAr).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Category).IsInEnum();
            RuleFor(c => c.Capacity).InclusiveBetween(0, 10_000);
            RuleFor(c => c.AgeMin).InclusiveBetween(0, 25);
            RuleFor(c => c.AgeMax).InclusiveBetween(0, 25);
            RuleFor(c => c.AuthorisationNumber).MaximumLength(64);
            RuleFor(c => c.ManagingBody).MaximumLength(200);
            RuleFor(c => c.Director).MaximumLength(200);
            RuleFor(c => c.Contacts).MaximumLength(500);
            RuleFor(c => c.CommuneCode)
                .MustAsync(async (code, ct) => string.IsNullOrEmpty(code) || await db.Communes.AnyAsync(x => x.Code == code, ct))
                .WithMessage("Child.UnknownCommune");
            RuleFor(c => c.Version).NotEmpty().Must(VersionToken.IsValid).When(c => c.Id is not null);
        }
    }

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command c, CancellationToken cancellationToken)
        {
            Establishment establishment;
            if (c.Id is null)
            {
                establishment = new Establishment(c.Name!, c.NameAr!, c.Category, c.Capacity);
                db.Establishments.Add(establishment);
            }
            else
            {
                establishment = await db.Establishments.SingleOrDefaultAsync(e => e.Id == c.Id, cancellationToken)
                                ?? throw new NotFoundException(nameof(Establishment), c.Id);
                db.ExpectVersion(establishment, c.Version!);
            }

            establishment.Change(c.Name!, c.NameAr!, c.Category, c.AuthorisationNumber, c.AuthorisationDate, c.ManagingBody, c.Capacity, c.CapacityGirls,
                c.CapacityBoys, c.AgeMin, c.AgeMax, c.CommuneCode, c.Director, c.Contacts, c.LastInspectionOn, c.ProjectOn, c.InternalRulesOn, c.IsActive);
            return establishment.Id;
        }
    }
}
