using System.Globalization;
using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Documents;

/// <summary>
/// A kafala follow-up report as a PDF, for the unit's case workers (as the kafala page); restricted fields are never
/// printed. Every generation is an audited export.
/// </summary>
public static class KafalaReportPdf
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid PlacementId, Guid ReportId, string Language) : IRequest<PdfFile>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Language).Must(DocumentLanguages.IsSupported).WithMessage("Document.Language");
    }

    public sealed class Handler(CaseDbContext db, PlacementAccess placements, ICurrentUser user, TimeProvider clock, AuditTrail audit, IDocumentTexts texts)
        : IRequestHandler<Query, PdfFile>
    {
        public async Task<PdfFile> Handle(Query query, CancellationToken cancellationToken)
        {
            var placement = await placements.Kafalas.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.PlacementId, cancellationToken)
                            ?? throw new NotFoundException(nameof(KafalaPlacement), query.PlacementId);
            var report = await db.KafalaReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.ReportId && r.PlacementId == placement.Id, cancellationToken)
                         ?? throw new NotFoundException(nameof(KafalaReport), query.ReportId);
            var child = await db.Children.AsNoTracking().SingleAsync(x => x.Id == placement.ChildId, cancellationToken);
            var author = (await db.NamesAsync([report.AuthorId], cancellationToken)).GetValueOrDefault(report.AuthorId);
            var stamp = await db.StampAsync(user, clock, child.FileNumber, cancellationToken);

            var model = new KafalaReportDocument.Model
            {
                ChildFileNumber = child.FileNumber,
                ChildName = child.LatinName,
                ChildNameAr = child.ArabicName,
                Status = placement.Status,
                Kafils = placement.Kafils.Select(k => new KafalaReportDocument.KafilLine(k.Kind, k.FullName, k.FullNameAr, k.CountryOfResidence, k.Address)).ToList(),
                OrderNumber = placement.Procedure.OrderNumber,
                OrderDate = placement.Procedure.OrderDate,
                Court = placement.Procedure.Court,
                HandOverDate = placement.Procedure.HandOverDate,
                DestinationCountry = placement.Abroad.DestinationCountry,
                DepartmentReference = placement.Abroad.DepartmentReference,
                ReportDate = report.Date,
                ReportType = report.Type,
                ReportAuthor = author,
                Findings = report.Findings,
                Concerns = report.Concerns,
                Actions = report.Actions,
                SentToJudgeOn = report.SentToJudgeOn,
            };
            var pdf = KafalaReportDocument.Compose(model, texts.For(query.Language), stamp).GeneratePdf();
            audit.Record(AuditAction.Export, nameof(KafalaPlacement), placement.Id, placement.UnitId, detail: $"{nameof(KafalaReport)}:{report.Id}");
            await db.SaveChangesAsync(cancellationToken);
            return new PdfFile($"{child.FileNumber}-kafala-{report.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{query.Language}.pdf", pdf);
        }
    }
}
