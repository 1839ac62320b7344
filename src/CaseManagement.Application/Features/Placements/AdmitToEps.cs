using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Placements;

/// <summary>
/// Admits a child of the unit to an establishment and plans the 6-monthly reviews until 18. An establishment at or
/// over capacity does not stop the admission (a judge may order it) but the answer carries a warning.
/// </summary>
public static class AdmitToEps
{
    public const string AtCapacity = "Eps.AtCapacity";

    [Validation.Stores(typeof(Domain.Placements.EpsPlacement))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Result>
    {
        public Guid ChildId { get; set; }
        public Guid? CaseId { get; set; }
        public Guid EstablishmentId { get; set; }
        public Guid? ResponsibleId { get; set; }
        public DateOnly? AdmittedOn { get; set; }
        public bool Provisional { get; set; }
        public EpsLegalBasis LegalBasis { get; set; }
        public string? DecisionReference { get; set; }
        public string? Reason { get; set; }
    }

    public sealed record Result(Guid Id, EpsStatus Status, IReadOnlyList<string> Warnings);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ChildId).NotEmpty();
            RuleFor(c => c.EstablishmentId).NotEmpty();
            RuleFor(c => c.AdmittedOn).NotNull();
            RuleFor(c => c.LegalBasis).IsInEnum();
            RuleFor(c => c.DecisionReference).MaximumLength(64);
            RuleFor(c => c.Reason).MaximumLength(2000);
        }
    }

    public sealed class Handler(CaseDbContext db, ChildAccess children, CaseAccess cases, UserAccess users, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken cancellationToken)
        {
            var birthDate = await children.Readable.Where(x => x.Id == c.ChildId).Select(x => new { x.DateOfBirth }).SingleOrDefaultAsync(cancellationToken)
                            ?? throw new NotFoundException(nameof(Child), c.ChildId);
            var establishment = await db.Establishments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == c.EstablishmentId && e.IsActive, cancellationToken)
                                ?? throw new NotFoundException(nameof(Establishment), c.EstablishmentId);
            if (await db.EpsPlacements.AnyAsync(p => p.ChildId == c.ChildId && p.Status != EpsStatus.Exited, cancellationToken))
                throw new Domain.DomainRuleException("Eps.AlreadyPlaced", "The child is already placed in an establishment: record the exit first.");
            Guid? caseAssignee = null;
            if (c.CaseId is { } caseId)
                caseAssignee = (await cases.FindAsync(caseId, cancellationToken)).AssignedTo;
            var responsible = await users.ResponsibleAsync(c.ResponsibleId, caseAssignee, nameof(Command.ResponsibleId), cancellationToken);

            var present = await db.EpsPlacements.CountAsync(p => p.EstablishmentId == establishment.Id && p.Status != EpsStatus.Exited, cancellationToken);
            var warnings = present >= establishment.Capacity ? new[] { AtCapacity } : [];

            var now = clock.GetUtcNow();
            var placement = EpsPlacement.Admit(user.UnitId, c.ChildId, c.CaseId, establishment.Id, responsible, c.AdmittedOn!.Value, c.Provisional,
                c.LegalBasis, c.DecisionReference, c.Reason, user.Id, now);
            db.EpsPlacements.Add(placement);
            foreach (var due in PlacementSchedule.EpsReviews(placement.AdmittedOn, birthDate.DateOfBirth))
                db.FollowUps.Add(FollowUp.ForEps(placement.Id, placement.CaseId, placement.UnitId, due, responsible, user.Id, now));
            return new Result(placement.Id, placement.Status, warnings);
        }
    }
}
