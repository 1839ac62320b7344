using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.FollowUps;

/// <summary>
/// Schedules a follow-up on a case. The assignee defaults to the case's social worker; a supervisor may give it to
/// anyone of the unit who works on cases, a social worker only to themselves. Late entries (a past due date) are allowed.
/// </summary>
public static class ScheduleFollowUp
{
    [Validation.Stores(typeof(Domain.FollowUps.FollowUp))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid CaseId { get; set; }
        public FollowUpKind Kind { get; set; }
        public DateOnly? DueOn { get; set; }
        public Guid? AssigneeId { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).IsInEnum();
            RuleFor(c => c.DueOn).NotNull().Must(d => d!.Value.Year is >= 2000 and <= 2100);
            RuleFor(c => c.Note).MaximumLength(2000);
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, UserAccess users, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, CaseAction.Work, cancellationToken);
            var assignee = command.AssigneeId ?? @case.AssignedTo ?? user.Id;
            if (assignee != user.Id && !access.IsSupervisor)
                throw new ForbiddenException("Social workers schedule follow-ups for themselves.");
            await users.DemandCaseWorkerAsync(assignee, @case.UnitId, nameof(Command.AssigneeId), cancellationToken);

            var followUp = new FollowUp(@case.Id, @case.UnitId, command.Kind, FollowUpPurpose.Manual, command.DueOn!.Value, assignee, command.Note,
                user.Id, clock.GetUtcNow());
            db.FollowUps.Add(followUp);
            return followUp.Id;
        }
    }
}
