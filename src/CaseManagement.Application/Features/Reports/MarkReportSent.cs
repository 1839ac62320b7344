using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reports;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Reports;

/// <summary>Records that the validated report left the unit: when, and to whom (the Governor's office, Entraide Nationale…).</summary>
public static class MarkReportSent
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public string Month { get; set; } = string.Empty;
        public DateOnly? SentOn { get; set; }
        public string? Addressees { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ICurrentUser user, TimeProvider clock)
        {
            RuleFor(c => c.Month).IsReportMonth();
            RuleFor(c => c.SentOn).NotNull().Must(d => d <= user.Today(clock)).WithMessage("Case.DateInFuture");
            RuleFor(c => c.Addressees).NotEmpty().MaximumLength(500);
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var month = ReportMonth.Parse(command.Month);
            var report = await db.MonthlyReports.LatestAsync(user.UnitId, month, cancellationToken) ?? throw new NotFoundException(nameof(MonthlyReport), command.Month);
            report.MarkSent(command.SentOn!.Value, command.Addressees!, user.Id);
            return MediatR.Unit.Value;
        }
    }
}
