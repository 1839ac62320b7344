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

namespace CaseManagement.Application.Features.Eps;

/// <summary>
/// Admits a child of the unit to an establishment and plans the 6-monthly reviews until 18. An establishment at or
/// over capacity does not stop the admission (a judge may order it) but the answer carries a warning.
/// </summary>
public static class AdmitToEps
{
    public const string AtCapacity = "Eps.AtCapacity";

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

    public sealed class Handler(CaseDbContext db, CaseAccess cases, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken cancellationToken)
        {
            var birthDate = await db.Children.VisibleTo(user).Where(x => x.Id == c.ChildId).Select(x => new { x.DateOfBirth }).SingleOrDefaultAsync(cancellationToken)
                            ?? throw new NotFoundException(nameof(Child), c.ChildId);
            var establishment = await db.Establishments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == c.EstablishmentId && e.IsActive, cancellationToken)
                                ?? throw new NotFoundException(nameof(Establishment), c.EstablishmentId);
            if (await db.EpsPlacements.AnyAsync(p => p.ChildId == c.ChildId && p.Status != EpsStatus.Exited, cancellationToken))
                throw new Domain.DomainRuleException("Eps.AlreadyPlaced", "The child is already placed in an establishment: record the exit first.");
            Guid? caseAssignee = null;
            if (c.CaseId is { } caseId)
                caseAssignee = (await cases.FindAsync(caseId, cancellationToken)).AssignedTo;
            var responsible = user.IsInRole(Roles.Supervisor) ? c.ResponsibleId ?? caseAssignee : user.Id;

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

/// <summary>Confirms the admission or records the child's presence, runaway or hospitalisation.</summary>
public static class TransitionEps
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid Id { get; set; }
        public EpsStatus To { get; set; }
        public DateOnly? Date { get; set; }
        public string? Reference { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.To).IsInEnum();
            RuleFor(c => c.Date).NotNull();
        }
    }

    public sealed class Handler(PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.EpsForWorkAsync(c.Id, cancellationToken);
            placement.MoveTo(c.To, c.Date!.Value, c.Reference, user.Id, clock.GetUtcNow());
            return MediatR.Unit.Value;
        }
    }
}

public static class RecordIncident
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid PlacementId { get; set; }
        public DateOnly? Date { get; set; }
        public IncidentKind Kind { get; set; }
        public string? Description { get; set; }
        public string? Action { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.Kind).IsInEnum();
            RuleFor(c => c.Description).NotEmpty().MaximumLength(4000);
            RuleFor(c => c.Action).MaximumLength(2000);
        }
    }

    public sealed class Handler(PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.EpsForWorkAsync(c.PlacementId, cancellationToken);
            placement.RecordIncident(new Incident { Date = c.Date!.Value, Kind = c.Kind, Description = c.Description!.Trim(), Action = c.Action }, user.Id, clock.GetUtcNow());
            return MediatR.Unit.Value;
        }
    }
}

/// <summary>The child leaves the establishment: the placement closes and its planned reviews end.</summary>
public static class ExitEps
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid PlacementId { get; set; }
        public DateOnly? Date { get; set; }
        public EpsExitReason Reason { get; set; }
        public string? Destination { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.Reason).IsInEnum();
            RuleFor(c => c.Destination).MaximumLength(200);
        }
    }

    public sealed class Handler(CaseDbContext db, PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.EpsForWorkAsync(c.PlacementId, cancellationToken);
            var now = clock.GetUtcNow();
            placement.Exit(c.Date!.Value, c.Reason, c.Destination, user.Id, now);
            await db.FollowUps.Where(f => f.EpsPlacementId == placement.Id).CancelPlannedAsync(user.Id, now, cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}

public static class UpdateEpsProject
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid PlacementId { get; set; }
        public DateOnly? PeiDate { get; set; }
        public string? PeiObjectives { get; set; }
        public string? FamilyContactPlan { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PeiObjectives).MaximumLength(4000);
            RuleFor(c => c.FamilyContactPlan).MaximumLength(2000);
        }
    }

    public sealed class Handler(PlacementAccess access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.EpsForWorkAsync(c.PlacementId, cancellationToken);
            placement.UpdateProject(c.PeiDate, c.PeiObjectives, c.FamilyContactPlan);
            return MediatR.Unit.Value;
        }
    }
}

public static class GetEpsPlacement
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid Id) : IRequest<Model>, IAuditedRead
    {
        public string AuditSubjectType => nameof(EpsPlacement);
        public Guid AuditSubjectId => Id;
    }

    public sealed record Model(EpsPlacement Placement, string EstablishmentName, string EstablishmentNameAr, string ChildFileNumber, string? ChildName,
        string? ChildNameAr, IReadOnlyList<ReviewItem> Reviews, bool CanWork, IReadOnlyList<EpsStatus> CanMoveTo);

    public sealed record ReviewItem(Guid Id, DateOnly DueOn, FollowUpStatus Status, bool Overdue);

    public sealed class Handler(CaseDbContext db, PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var unitId = user.UnitId;
            var placement = await db.EpsPlacements.AsNoTracking().Include(p => p.Transitions)
                                .SingleOrDefaultAsync(p => p.Id == query.Id && p.UnitId == unitId && user.IsCaseWorker(), cancellationToken)
                            ?? throw new NotFoundException(nameof(EpsPlacement), query.Id);
            var establishment = await db.Establishments.AsNoTracking().Where(e => e.Id == placement.EstablishmentId).Select(e => new { e.Name, e.NameAr }).SingleAsync(cancellationToken);
            var child = await db.Children.AsNoTracking().Where(c => c.Id == placement.ChildId)
                .Select(c => new { c.FileNumber, c.GivenName, c.FamilyName, c.GivenNameAr, c.FamilyNameAr }).SingleAsync(cancellationToken);
            var today = user.Today(clock);
            var reviews = await db.FollowUps.AsNoTracking().Where(f => f.EpsPlacementId == placement.Id).OrderBy(f => f.DueOn).ToListAsync(cancellationToken);
            var canWork = access.CanWorkOn(placement.ResponsibleId);
            return new Model(placement, establishment.Name, establishment.NameAr, child.FileNumber, $"{child.GivenName} {child.FamilyName}".Trim(),
                $"{child.GivenNameAr} {child.FamilyNameAr}".Trim(),
                reviews.Select(r => new ReviewItem(r.Id, r.DueOn, r.Status, FollowUp.IsOverdue(r.Status, r.DueOn, today))).ToList(),
                canWork, canWork ? placement.NextStatuses : []);
        }
    }
}
