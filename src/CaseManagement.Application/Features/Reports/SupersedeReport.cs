using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reports;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Reports;

/// <summary>
/// Starts a corrected edition of a validated (or sent) report, with the reason: a new draft with today's figures and the
/// same narratives, to be checked and validated like the first. The corrected edition is kept; it is marked superseded
/// when the correction is validated.
/// </summary>
public static class SupersedeReport
{
    [Validation.Stores(typeof(Domain.Reports.MonthlyReport), Field = "Reason", As = "CorrectionReason")]
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Command : ICommand<Result>
    {
        public string Month { get; set; } = string.Empty;
        public string? Reason { get; set; }
    }

    public sealed record Result(Guid Id, int Edition);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Month).IsReportMonth();
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
        }
    }

    public sealed class Handler(CaseDbContext db, MonthlyIndicators indicators, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var month = ReportMonth.Parse(command.Month);
            var report = await db.MonthlyReports.LatestAsync(user.UnitId, month, cancellationToken) ?? throw new NotFoundException(nameof(MonthlyReport), command.Month);
            var figures = CanonicalJson.Serialize(await indicators.ComputeAsync(user.UnitId, month.Year, month.Month, cancellationToken));
            var correction = report.StartCorrection(command.Reason!, figures, clock.GetUtcNow(), user.Id);
            db.MonthlyReports.Add(correction);
            return new Result(correction.Id, correction.Edition);
        }
    }
}
