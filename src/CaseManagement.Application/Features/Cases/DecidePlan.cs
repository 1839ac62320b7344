using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>
/// A supervisor approves or rejects a submitted plan; nobody decides on their own submission (a unit's second approver
/// decides its supervisors' own, <see cref="CaseAccess.ForDecisionAsync"/>). Approval is the only
/// way to PlanEstablished: it schedules the plan review and marks the "plan due" follow-up done.
/// </summary>
public static class DecidePlan
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid CaseId { get; set; }
        public bool Approved { get; set; }
        public string? Comment { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Comment).MaximumLength(2000);
            RuleFor(c => c.Comment).NotEmpty().When(c => !c.Approved).WithMessage("Case.RejectionNeedsComment");
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForDecisionAsync(command.CaseId, CaseAction.DecidePlan, cancellationToken);

            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == @case.UnitId, cancellationToken);
            var today = UnitClock.Today(clock, unit.TimeZoneId);
            var now = clock.GetUtcNow();
            @case.DecidePlan(command.Approved, command.Comment, user.Id, now, today);
            if (!command.Approved)
                return MediatR.Unit.Value;

            var planned = await db.FollowUps
                .Where(f => f.CaseId == @case.Id && f.Status == FollowUpStatus.Planned
                            && (f.Purpose == FollowUpPurpose.Plan || f.Purpose == FollowUpPurpose.PlanReview))
                .ToListAsync(cancellationToken);
            foreach (var followUp in planned)
                followUp.Fulfil(followUp.Purpose == FollowUpPurpose.Plan ? FollowUpFulfilment.PlanApproved : FollowUpFulfilment.PlanReviewApproved, user.Id, now);
            db.FollowUps.Add(FollowUpPlanner.OnPlanApproved(@case, unit.Standards, today, user.Id, now));
            return MediatR.Unit.Value;
        }
    }
}
