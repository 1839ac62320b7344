using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Placements;

public static class RecordIncident
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid PlacementId { get; set; }
        public DateOnly? Date { get; set; }
        public IncidentKind Kind { get; set; }
        public string? Description { get; set; }
        public string? Action { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.Kind).IsInEnum();
            RuleFor(c => c.Description).NotEmpty().MaximumLength(4000);
            RuleFor(c => c.Action).MaximumLength(2000);
        }
    }

    public sealed class Handler(PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.EpsForWorkAsync(c.PlacementId, cancellationToken);
            placement.RecordIncident(new Incident { Date = c.Date!.Value, Kind = c.Kind, Description = c.Description!.Trim(), Action = c.Action }, user.Id, clock.GetUtcNow());
            return MediatR.Unit.Value;
        }
    }
}
