using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Reports;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Reports;

/// <summary>The tables of a published report as CSV or XLSX, from its snapshot, under disclosure control; each export is audited.</summary>
public static class ExportMonthlyReport
{
    public enum Format
    {
        Csv,
        Xlsx,
    }

    [Authorize(Roles = Roles.MonthlyReportReaders)]
    public sealed record Query(string Month, Format As, string Language, Guid? UnitId = null, int? Edition = null) : IRequest<ExportFile>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Month).IsReportMonth();
            RuleFor(q => q.Language).Must(l => l is "fr" or "ar" or "en").WithMessage("Document.Language");
            RuleFor(q => q.As).IsInEnum();
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, AuditTrail audit, IDocumentTexts texts) : IRequestHandler<Query, ExportFile>
    {
        public async Task<ExportFile> Handle(Query query, CancellationToken cancellationToken)
        {
            var month = ReportMonth.Parse(query.Month);
            var unitId = await db.ReportUnitAsync(user, query.UnitId, cancellationToken);
            var report = await db.EditionAsync(user, unitId, month, query.Edition, cancellationToken);
            if (report.Snapshot is not { } json)
                throw new Domain.DomainRuleException("Report.NotValidated", "A report is exported once it is validated.");
            var snapshot = CanonicalJson.Deserialize<ReportSnapshot>(json);
            var L = texts.For(query.Language);
            var file = query.As == Format.Csv
                ? new ExportFile(ReportExport.FileName(snapshot, query.Language, "csv"), ReportExport.CsvType, ReportExport.Csv(snapshot, L))
                : new ExportFile(ReportExport.FileName(snapshot, query.Language, "xlsx"), ReportExport.XlsxType, ReportExport.Xlsx(snapshot, L));

            audit.Record(AuditAction.Export, nameof(MonthlyReport), report.Id, unitId);
            await db.SaveChangesAsync(cancellationToken);
            return file;
        }
    }
}
