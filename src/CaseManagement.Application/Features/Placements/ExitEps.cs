using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Placements;

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
