using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Cases;

/// <summary>Writes or revises the intervention plan (PII) as a draft.</summary>
public static class SavePlan
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid CaseId { get; set; }
        public List<string> Objectives { get; set; } = [];
        public List<PlanAction> Actions { get; set; } = [];
        public DateOnly? NextReviewOn { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Objectives).Must(o => o.Count <= 20);
            RuleForEach(c => c.Objectives).NotEmpty().MaximumLength(1000);
            RuleFor(c => c.Actions).Must(a => a.Count <= 50);
            RuleForEach(c => c.Actions).ChildRules(a =>
            {
                a.RuleFor(x => x.What).NotEmpty().MaximumLength(1000);
                a.RuleFor(x => x.Who).MaximumLength(200);
                a.RuleFor(x => x.Status).IsInEnum();
            });
        }
    }

    public sealed class Handler(CaseAccess access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, CaseAction.EditPlan, cancellationToken);
            @case.DraftPlan(command.Objectives.Select(o => o.Trim()).ToList(), command.Actions, command.NextReviewOn);
            return MediatR.Unit.Value;
        }
    }
}
