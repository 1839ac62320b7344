using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Placements;

/// <summary>Confirms the admission or records the child's presence, runaway or hospitalisation.</summary>
public static class TransitionEps
{
    [Validation.Stores(typeof(Domain.Placements.PlacementTransition))]
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
