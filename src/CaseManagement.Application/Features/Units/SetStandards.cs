using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Units;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnitEntity = CaseManagement.Domain.Units.Unit;

namespace CaseManagement.Application.Features.Units;

/// <summary>
/// Sets a unit's timeliness standards (evaluation, plan, review and referral delays). Administrators for any unit,
/// supervisors for their own. New follow-ups use them; existing ones keep their dates.
/// </summary>
public static class SetStandards
{
    [Authorize(Roles = Roles.UnitManagers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid UnitId { get; set; }
        public int EvaluationDays { get; set; } = 15;
        public int UrgentEvaluationDays { get; set; } = 3;
        public int PlanDays { get; set; } = 30;
        public int PlanReviewMonths { get; set; } = 3;
        public int HighRiskPlanReviewMonths { get; set; } = 1;
        public int ReferralFeedbackDays { get; set; } = 30;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.EvaluationDays).InclusiveBetween(1, 365);
            RuleFor(c => c.UrgentEvaluationDays).InclusiveBetween(1, 30);
            RuleFor(c => c.PlanDays).InclusiveBetween(1, 365);
            RuleFor(c => c.PlanReviewMonths).InclusiveBetween(1, 24);
            RuleFor(c => c.HighRiskPlanReviewMonths).InclusiveBetween(1, 24);
            RuleFor(c => c.ReferralFeedbackDays).InclusiveBetween(1, 365);
        }
    }

    public sealed class Handler(UnitAccess units) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var unit = await units.ForSettingsAsync(c.UnitId, cancellationToken);
            unit.SetStandards(new TimelinessStandards
            {
                EvaluationDays = c.EvaluationDays, UrgentEvaluationDays = c.UrgentEvaluationDays, PlanDays = c.PlanDays,
                PlanReviewMonths = c.PlanReviewMonths, HighRiskPlanReviewMonths = c.HighRiskPlanReviewMonths, ReferralFeedbackDays = c.ReferralFeedbackDays,
            });
            return MediatR.Unit.Value;
        }
    }
}
