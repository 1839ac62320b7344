using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reports;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Reports;

/// <summary>
/// A supervisor validates the month's draft: its figures (as last computed), narratives, unit, province and the validator
/// are frozen as a snapshot (canonical JSON) with its SHA-256, and the Arabic and French PDFs are rendered from it once —
/// every download returns those bytes, whatever the data becomes. Validating a correction supersedes the edition it
/// corrects, which stays readable.
/// </summary>
public static class ValidateReport
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Command(string Month) : ICommand<Result>;

    public sealed record Result(Guid Id, int Edition, string Hash);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Month).IsReportMonth();
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock, IDocumentTexts texts) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var month = ReportMonth.Parse(command.Month);
            var report = await db.MonthlyReports.LatestAsync(user.UnitId, month, cancellationToken) ?? throw new NotFoundException(nameof(MonthlyReport), command.Month);
            if (report.Status != ReportStatus.Draft)
                throw new Domain.DomainRuleException("Report.NotDraft", "This report is already validated.");

            var unitId = user.UnitId;
            var unit = await (from u in db.Units.AsNoTracking()
                              join p in db.Provinces on u.ProvinceId equals p.Id
                              where u.Id == unitId
                              select new { Unit = new SnapshotPlace(u.Id, u.Code, u.Name, u.NameAr), Province = new SnapshotPlace(p.Id, p.Code, p.Name, p.NameAr) })
                .SingleAsync(cancellationToken);
            var validatorId = user.Id;
            var validator = await db.Users.AsNoTracking().Where(u => u.Id == validatorId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            var corrected = report.SupersedesId is { } previousId ? await db.MonthlyReports.SingleAsync(r => r.Id == previousId, cancellationToken) : null;

            var now = clock.GetUtcNow();
            var snapshot = new ReportSnapshot
            {
                Unit = unit.Unit,
                Province = unit.Province,
                Year = report.Year,
                Month = report.Month,
                Edition = report.Edition,
                Corrects = corrected is null ? null : new SnapshotCorrection(corrected.Edition, corrected.SnapshotHash!, report.CorrectionReason!),
                ComputedAt = report.ComputedAt,
                Figures = CanonicalJson.Deserialize<IndicatorSet>(report.Indicators),
                Narratives = report.Narratives,
                Validation = new SnapshotValidation(validatorId, validator, now),
            };
            var json = CanonicalJson.Serialize(snapshot);
            var hash = CanonicalJson.Sha256(json);
            report.Validate(json, hash, validatorId, now);
            corrected?.SupersedeWith(report.Id, now);
            foreach (var language in DocumentLanguages.All)
                db.MonthlyReportFiles.Add(new MonthlyReportFile(report.Id, language, MonthlyReportDocument.Compose(snapshot, texts.For(language)).GeneratePdf()));
            return new Result(report.Id, report.Edition, hash);
        }
    }
}
