using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Partners;

/// <summary>Adds a partner (no id) or corrects one (id and version). Administrators and supervisors.</summary>
public static class SavePartner
{
    [Validation.Stores(typeof(Domain.Referrals.Partner))]
    [Authorize(Roles = Roles.PartnerManagers)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid? Id { get; set; }
        public string? Name { get; set; }
        public string? NameAr { get; set; }
        public PartnerType Type { get; set; }
        public List<string> Services { get; set; } = [];
        public string? CommuneCode { get; set; }
        public string? Contact { get; set; }
        public bool IsActive { get; set; } = true;
        public string? Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db)
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
            RuleFor(c => c.NameAr).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Type).IsInEnum();
            RuleFor(c => c.Services).Must(s => s.Count <= 30);
            RuleForEach(c => c.Services).MaximumLength(200);
            RuleFor(c => c.Contact).MaximumLength(500);
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
            if (c.Id is null)
            {
                var partner = new Partner(c.Name!, c.NameAr!, c.Type, c.Services, c.CommuneCode, c.Contact);
                db.Partners.Add(partner);
                return partner.Id;
            }

            var existing = await db.Partners.SingleOrDefaultAsync(p => p.Id == c.Id, cancellationToken) ?? throw new NotFoundException(nameof(Partner), c.Id);
            db.ExpectVersion(existing, c.Version!);
            existing.Change(c.Name!, c.NameAr!, c.Type, c.Services, c.CommuneCode, c.Contact, c.IsActive);
            return existing.Id;
        }
    }
}
