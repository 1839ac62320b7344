using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>Records the structured assessment; the case moves to UnderAssessment and the evaluation follow-up is done.</summary>
public static class RecordAssessment
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid CaseId { get; set; }
        public List<AssessmentFinding> Findings { get; set; } = [];
        public RiskLevel OverallRisk { get; set; }
        public string? Narrative { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Findings).NotEmpty().Must(f => f.Select(x => x.Domain).Distinct().Count() == f.Count)
                .WithMessage("Case.AssessmentDomainTwice");
            RuleForEach(c => c.Findings).ChildRules(f =>
            {
                f.RuleFor(x => x.Domain).IsInEnum();
                f.RuleFor(x => x.ConcernLevel).IsInEnum();
                f.RuleFor(x => x.Finding).MaximumLength(4000);
            });
            RuleFor(c => c.OverallRisk).IsInEnum();
            RuleFor(c => c.Narrative).MaximumLength(8000);
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, CaseAction.Assess, cancellationToken);
            var now = clock.GetUtcNow();
            @case.RecordAssessment(command.Findings, command.OverallRisk, command.Narrative, user.Id, now, user.Today(clock));
            var evaluations = await db.FollowUps
                .Where(f => f.CaseId == @case.Id && f.Purpose == FollowUpPurpose.Evaluation && f.Status == FollowUpStatus.Planned)
                .ToListAsync(cancellationToken);
            foreach (var followUp in evaluations)
                followUp.Fulfil(FollowUpFulfilment.AssessmentRecorded, user.Id, now);
            return MediatR.Unit.Value;
        }
    }
}
