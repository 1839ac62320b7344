using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Placements;

public static class UpdateEpsProject
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid PlacementId { get; set; }
        public DateOnly? PeiDate { get; set; }
        public string? PeiObjectives { get; set; }
        public string? FamilyContactPlan { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PeiObjectives).MaximumLength(4000);
            RuleFor(c => c.FamilyContactPlan).MaximumLength(2000);
        }
    }

    public sealed class Handler(PlacementAccess access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.EpsForWorkAsync(c.PlacementId, cancellationToken);
            placement.UpdateProject(c.PeiDate, c.PeiObjectives, c.FamilyContactPlan);
            return MediatR.Unit.Value;
        }
    }
}
