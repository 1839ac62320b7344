using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>A supervisor (not the requester) approves the closure — the case is Closed and its planned follow-ups cancelled — or rejects it.</summary>
public static class DecideClosure
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
            var @case = await access.ForDecisionAsync(command.CaseId, CaseAction.DecideClosure, cancellationToken);
            var now = clock.GetUtcNow();
            // The case's unit's day: a second approver may sit in another unit (and another time zone).
            var timeZone = await db.Units.Where(u => u.Id == @case.UnitId).Select(u => u.TimeZoneId).SingleAsync(cancellationToken);
            @case.DecideClosure(command.Approved, command.Comment, user.Id, now, UnitClock.Today(clock, timeZone));
            if (command.Approved)
                await db.FollowUps.Where(f => f.CaseId == @case.Id).CancelPlannedAsync(user.Id, now, cancellationToken);

            return MediatR.Unit.Value;
        }
    }
}
