using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain;
using CaseManagement.Domain.Reports;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Reports;

/// <summary>
/// Prepares the month's draft now, or recomputes it from today's data: the supervisor sees the figures as they will be
/// validated. A validated month is never recomputed (a correction supersedes it).
/// </summary>
public static class RecomputeReport
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Command(string Month) : ICommand<Result>;

    public sealed record Result(Guid Id, int Edition, ReportStatus Status);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Month).IsReportMonth();
    }

    public sealed class Handler(CaseDbContext db, MonthlyIndicators indicators, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var month = ReportMonth.Parse(command.Month);
            if (!month.HasEnded(clock, user.TimeZoneId))
                throw new DomainRuleException("Report.MonthNotEnded", "A month is reported once it is over.");
            var report = await db.MonthlyReports.LatestAsync(user.UnitId, month, cancellationToken);
            var figures = CanonicalJson.Serialize(await indicators.ComputeAsync(user.UnitId, month.Year, month.Month, cancellationToken));
            if (report is null)
            {
                report = MonthlyReport.Draft(user.UnitId, month.Year, month.Month, figures, clock.GetUtcNow(), user.Id);
                db.MonthlyReports.Add(report);
            }
            else
            {
                report.Recompute(figures, clock.GetUtcNow());
            }

            return new Result(report.Id, report.Edition, report.Status);
        }
    }
}
