using CaseManagement.Application.Auditing;
using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Referrals;

/// <summary>
/// Refers a case to a partner. Without consent the referral is refused, unless a supervisor overrides with a
/// reason — the override gets its own audit entry.
/// </summary>
public static class ReferCase
{
    [Validation.Stores(typeof(Domain.Referrals.Referral))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid CaseId { get; set; }
        public Guid PartnerId { get; set; }
        public string? Service { get; set; }
        public string? Reason { get; set; }
        public string? InformationShared { get; set; }
        public bool ConsentGiven { get; set; }
        public string? ConsentGivenBy { get; set; }
        public DateOnly? ConsentDate { get; set; }
        public string? ConsentOverrideReason { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PartnerId).NotEmpty();
            RuleFor(c => c.Service).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
            RuleFor(c => c.InformationShared).MaximumLength(2000);
            RuleFor(c => c.ConsentGivenBy).NotEmpty().When(c => c.ConsentGiven).MaximumLength(200);
            RuleFor(c => c.ConsentOverrideReason).MaximumLength(1000);
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, ICurrentUser user, TimeProvider clock, AuditTrail audit)
        : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, CaseAction.Work, cancellationToken);
            if (!await db.Partners.AnyAsync(p => p.Id == command.PartnerId && p.IsActive, cancellationToken))
                throw new NotFoundException(nameof(Partner), command.PartnerId);

            var overriding = !command.ConsentGiven;
            if (overriding && !@case.Allows(access.Actor, CaseAction.OverrideConsent))
                throw new Domain.NotPermittedException("Referral.ConsentRequired", "A referral needs consent; only a supervisor can override it, with a reason.");

            var referral = new Referral(@case.Id, @case.UnitId, command.PartnerId, command.Service!, command.Reason!, command.InformationShared,
                command.ConsentGiven, command.ConsentGivenBy, command.ConsentDate, command.ConsentOverrideReason, user.Id, clock.GetUtcNow());
            db.Referrals.Add(referral);
            if (overriding)
                audit.Record(AuditAction.ConsentOverride, nameof(Referral), referral.Id, @case.UnitId);
            return referral.Id;
        }
    }
}
