using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Reports;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Reports;

/// <summary>
/// A published report as PDF, in Arabic (the official addressees) or French: the bytes rendered once from the snapshot at
/// validation, identical on every download. A draft has no PDF. Every download is an audited export.
/// </summary>
public static class MonthlyReportPdf
{
    [Authorize(Roles = Roles.MonthlyReportReaders)]
    public sealed record Query(string Month, string Language, Guid? UnitId = null, int? Edition = null) : IRequest<PdfFile>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Month).IsReportMonth();
            RuleFor(q => q.Language).Must(DocumentLanguages.IsSupported).WithMessage("Document.Language");
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, AuditTrail audit) : IRequestHandler<Query, PdfFile>
    {
        public async Task<PdfFile> Handle(Query query, CancellationToken cancellationToken)
        {
            var month = ReportMonth.Parse(query.Month);
            var unitId = await db.ReportUnitAsync(user, query.UnitId, cancellationToken);
            var report = await db.EditionAsync(user, unitId, month, query.Edition, cancellationToken);
            if (!report.IsPublished)
                throw new Domain.DomainRuleException("Report.NotValidated", "A report is downloaded once it is validated.");
            var content = await db.MonthlyReportFiles.AsNoTracking().Where(f => f.ReportId == report.Id && f.Language == query.Language)
                .Select(f => f.Content).SingleAsync(cancellationToken);
            var code = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Code).SingleAsync(cancellationToken);

            audit.Record(AuditAction.Export, nameof(MonthlyReport), report.Id, unitId);
            await db.SaveChangesAsync(cancellationToken);
            return new PdfFile($"rapport-mensuel-{code}-{month}-e{report.Edition}-{query.Language}.pdf", content);
        }
    }
}
