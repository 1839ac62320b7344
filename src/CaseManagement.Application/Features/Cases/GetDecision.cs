using CaseManagement.Application.Auditing;
using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>
/// What a supervisor needs to decide on a plan or a closure, and nothing more: the case's reference, concerns, risk,
/// assessment and the submission itself. It is the page of a second approver from another unit (who reads no other part
/// of the case and never the child's name, notes or reporter); the unit's own supervisors may open it too. The read is
/// audited under the case's unit, so the unit's supervisors see who of another unit read it.
/// </summary>
public static class GetDecision
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Query(Guid CaseId) : IRequest<Model>, IAuditedInHandler;

    public sealed record Model
    {
        public Guid CaseId { get; init; }
        public string Number { get; init; } = string.Empty;
        public string ChildFileNumber { get; init; } = string.Empty;
        public string UnitName { get; init; } = string.Empty;
        public string UnitNameAr { get; init; } = string.Empty;

        /// <summary>True when the case belongs to another unit (the user decides as its second approver).</summary>
        public bool Elsewhere { get; init; }
        public CaseStatus Status { get; init; }
        public IReadOnlyList<string> Concerns { get; init; } = [];
        public string? PrimaryConcern { get; init; }
        public bool Urgent { get; init; }
        public RiskLevel RiskLevel { get; init; }
        public Assessment? Assessment { get; init; }
        public InterventionPlan? Plan { get; init; }
        public string? PlanSubmittedBy { get; init; }
        public ClosureRequest? Closure { get; init; }
        public string? ClosureRequestedBy { get; init; }
        public bool CanDecidePlan { get; init; }
        public bool CanDecideClosure { get; init; }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, AuditTrail audit) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var id = query.CaseId;
            var @case = await access.Readable.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            var elsewhere = @case is null;
            var planWaits = !elsewhere || await access.PlansWaitingElsewhere.AnyAsync(c => c.Id == id, cancellationToken);
            var closureWaits = !elsewhere || await access.ClosuresWaitingElsewhere.AnyAsync(c => c.Id == id, cancellationToken);
            if (!planWaits && !closureWaits)
                throw new NotFoundException(nameof(Case), id);
            @case ??= await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);

            var unit = await db.Units.AsNoTracking().Where(u => u.Id == @case.UnitId).Select(u => new { u.Name, u.NameAr }).SingleAsync(cancellationToken);
            var fileNumber = await db.Children.Where(c => c.Id == @case.ChildId).Select(c => c.FileNumber).SingleAsync(cancellationToken);
            var people = await db.NamesAsync(new[] { @case.Plan?.SubmittedBy, @case.Closure?.RequestedBy }.OfType<Guid>(), cancellationToken);
            audit.Record(AuditAction.Read, nameof(Case), @case.Id, @case.UnitId);

            return new Model
            {
                CaseId = @case.Id,
                Number = @case.Number,
                ChildFileNumber = fileNumber,
                UnitName = unit.Name,
                UnitNameAr = unit.NameAr,
                Elsewhere = elsewhere,
                Status = @case.Status,
                Concerns = @case.Concerns.Select(c => c.Code).ToList(),
                PrimaryConcern = @case.PrimaryConcern,
                Urgent = @case.Urgent,
                RiskLevel = @case.RiskLevel,
                Assessment = @case.Assessment,
                Plan = planWaits ? @case.Plan : null,
                PlanSubmittedBy = @case.Plan?.SubmittedBy is { } p ? people.GetValueOrDefault(p) : null,
                Closure = closureWaits ? @case.Closure : null,
                ClosureRequestedBy = @case.Closure is { } cl ? people.GetValueOrDefault(cl.RequestedBy) : null,
                CanDecidePlan = planWaits && @case.Allows(access.Actor, CaseAction.DecidePlan),
                CanDecideClosure = closureWaits && @case.Allows(access.Actor, CaseAction.DecideClosure),
            };
        }
    }
}
