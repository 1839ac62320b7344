using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Placements;

/// <summary>
/// Moves the kafala procedure on. Hand-over plans the visits in Morocco; leaving Morocco re-plans, from the next
/// date due, the reports expected from abroad. Each date is an ordinary follow-up, so reminders cover it.
/// </summary>
public static class TransitionKafala
{
    [Validation.Stores(typeof(Domain.Placements.PlacementTransition))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Result>
    {
        public Guid Id { get; set; }
        public KafalaStatus To { get; set; }
        public DateOnly? Date { get; set; }
        public string? Reference { get; set; }
        public string? DestinationCountry { get; set; }
    }

    public sealed record Result(KafalaStatus Status);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.To).IsInEnum();
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.Reference).MaximumLength(200);
            RuleFor(c => c.DestinationCountry).Matches("^[A-Za-z]{2}$").When(c => c.DestinationCountry is not null).WithMessage("Child.CountryCode");
        }
    }

    public sealed class Handler(CaseDbContext db, PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.KafalaForWorkAsync(c.Id, cancellationToken);
            var now = clock.GetUtcNow();
            var wasAbroad = placement.IsAbroad;
            placement.MoveTo(c.To, c.Date!.Value, c.Reference, c.DestinationCountry, user.Id, now);

            var birthDate = await db.Children.Where(x => x.Id == placement.ChildId).Select(x => x.DateOfBirth).SingleAsync(cancellationToken);
            var handOver = placement.Procedure.HandOverDate!;
            if (c.To == KafalaStatus.HandedOver)
            {
                foreach (var due in PlacementSchedule.KafalaInMorocco(handOver.Value, birthDate, placement.HasConcerns))
                    db.FollowUps.Add(FollowUp.ForKafala(placement.Id, placement.CaseId, placement.UnitId, FollowUpKind.HomeVisit, FollowUpPurpose.KafalaVisit,
                        due, placement.ResponsibleId, user.Id, now));
            }
            else if (placement.IsAbroad && !wasAbroad)
            {
                var planned = await db.FollowUps.Where(f => f.KafalaPlacementId == placement.Id && f.Status == FollowUpStatus.Planned)
                    .ToListAsync(cancellationToken);
                var from = planned.Count > 0 ? planned.Min(f => f.DueOn) : UnitClock.Today(clock, user.TimeZoneId);
                foreach (var followUp in planned)
                    followUp.Cancel(user.Id, now);
                foreach (var due in PlacementSchedule.KafalaAbroad(handOver.Value, birthDate).Where(d => d >= from))
                    db.FollowUps.Add(FollowUp.ForKafala(placement.Id, placement.CaseId, placement.UnitId, FollowUpKind.Other, FollowUpPurpose.KafalaReport,
                        due, placement.ResponsibleId, user.Id, now));
            }

            return new Result(placement.Status);
        }
    }
}
