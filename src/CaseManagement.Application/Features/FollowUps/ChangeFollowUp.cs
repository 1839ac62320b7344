using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.FollowUps;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.FollowUps;

public enum FollowUpChange
{
    Done,
    Missed,
    Cancelled,
    Rescheduled,
}

/// <summary>
/// Completes (with the outcome), marks missed, cancels or reschedules a follow-up. Its assignee and whoever works on
/// the case may do so.
/// </summary>
public static class ChangeFollowUp
{
    [Validation.Stores(typeof(Domain.FollowUps.FollowUp))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid FollowUpId { get; set; }
        public FollowUpChange Change { get; set; }
        public string? Outcome { get; set; }
        public DateOnly? DueOn { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Change).IsInEnum();
            RuleFor(c => c.Outcome).NotEmpty().When(c => c.Change == FollowUpChange.Done).MaximumLength(4000);
            RuleFor(c => c.DueOn).NotNull().When(c => c.Change == FollowUpChange.Rescheduled);
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, PlacementAccess placements, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var followUp = await access.FollowUpForWorkAsync(command.FollowUpId, placements, cancellationToken);

            var now = clock.GetUtcNow();
            switch (command.Change)
            {
                case FollowUpChange.Done:
                    followUp.Complete(command.Outcome!, user.Id, now);
                    await RecordContactAsync(followUp, cancellationToken);
                    break;
                case FollowUpChange.Missed: followUp.MarkMissed(command.Outcome, user.Id, now); break;
                case FollowUpChange.Cancelled: followUp.Cancel(user.Id, now); break;
                case FollowUpChange.Rescheduled: followUp.Reschedule(command.DueOn!.Value, followUp.AssigneeId, now); break;
            }

            return MediatR.Unit.Value;
        }

        /// <summary>A visit, call, meeting or accompaniment done on a case is a contact with the child (timeliness indicator C2).</summary>
        private async Task RecordContactAsync(FollowUp followUp, CancellationToken ct)
        {
            if (followUp.CaseId is not { } caseId || followUp.Purpose != FollowUpPurpose.Manual || followUp.Kind is FollowUpKind.PlanReview or FollowUpKind.Other)
                return;
            var @case = await db.Cases.SingleAsync(c => c.Id == caseId, ct);
            @case.RecordContact(user.Today(clock));
        }
    }
}
