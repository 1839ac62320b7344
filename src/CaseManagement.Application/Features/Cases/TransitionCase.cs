using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>
/// Moves a case along the pathway (triage: retain or not retain; assessment; care; follow-up; reopening).
/// Opening the case schedules the evaluation and the plan from the unit's timeliness standards.
/// </summary>
public static class TransitionCase
{
    [Validation.Stores(typeof(Domain.Cases.CaseTransition))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Result>
    {
        public Guid CaseId { get; set; }
        public CaseStatus To { get; set; }
        public string? Reason { get; set; }
        public NotRetainedReason? NotRetainedReason { get; set; }
    }

    public sealed record Result(CaseStatus Status);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.To).IsInEnum();
            RuleFor(c => c.Reason).MaximumLength(1000);
            RuleFor(c => c.NotRetainedReason).IsInEnum();
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, cancellationToken);
            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == @case.UnitId, cancellationToken);
            var today = UnitClock.Today(clock, unit.TimeZoneId);
            var now = clock.GetUtcNow();

            @case.MoveTo(command.To, command.Reason, user.Id, now, today, command.NotRetainedReason);
            if (command.To == CaseStatus.Open)
                db.FollowUps.AddRange(FollowUpPlanner.OnOpening(@case, unit.Standards, today, user.Id, now));
            return new Result(@case.Status);
        }
    }
}
