using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Placements;

/// <summary>Ends a kafala (cause, date, decision); its planned follow-ups are cancelled.</summary>
public static class EndKafala
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid Id { get; set; }
        public KafalaEndCause Cause { get; set; }
        public DateOnly? Date { get; set; }
        public string? DecisionReference { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Cause).IsInEnum();
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.DecisionReference).MaximumLength(200);
        }
    }

    public sealed class Handler(CaseDbContext db, PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.KafalaForWorkAsync(c.Id, cancellationToken);
            var now = clock.GetUtcNow();
            placement.Terminate(c.Cause, c.Date!.Value, c.DecisionReference, user.Id, now);
            await db.FollowUps.Where(f => f.KafalaPlacementId == placement.Id).CancelPlannedAsync(user.Id, now, cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
