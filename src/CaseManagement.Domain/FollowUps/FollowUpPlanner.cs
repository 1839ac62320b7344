using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Units;

namespace CaseManagement.Domain.FollowUps;

/// <summary>Turns the unit's timeliness standards into ordinary follow-ups (which users may reschedule).</summary>
public static class FollowUpPlanner
{
    /// <summary>When a case opens: the evaluation (15 days, 72 hours when urgent) and the plan (30 days).</summary>
    public static IEnumerable<FollowUp> OnOpening(Case @case, TimelinessStandards standards, DateOnly today, Guid by, DateTimeOffset at)
    {
        var evaluationDays = @case.Urgent ? standards.UrgentEvaluationDays : standards.EvaluationDays;
        yield return new FollowUp(@case.Id, @case.UnitId, FollowUpKind.HomeVisit, FollowUpPurpose.Evaluation,
            today.AddDays(evaluationDays), @case.AssignedTo, null, by, at);
        yield return new FollowUp(@case.Id, @case.UnitId, FollowUpKind.OfficeMeeting, FollowUpPurpose.Plan,
            today.AddDays(standards.PlanDays), @case.AssignedTo, null, by, at);
    }

    /// <summary>When a plan is approved: its review, on the plan's date or every 3 months (monthly when risk is high).</summary>
    public static FollowUp OnPlanApproved(Case @case, TimelinessStandards standards, DateOnly today, Guid by, DateTimeOffset at) =>
        new(@case.Id, @case.UnitId, FollowUpKind.PlanReview, FollowUpPurpose.PlanReview,
            @case.Plan?.NextReviewOn ?? ReviewDate(@case.RiskLevel, standards, today), @case.AssignedTo, null, by, at);

    public static DateOnly ReviewDate(RiskLevel risk, TimelinessStandards standards, DateOnly from) =>
        from.AddMonths(risk == RiskLevel.High ? standards.HighRiskPlanReviewMonths : standards.PlanReviewMonths);
}
