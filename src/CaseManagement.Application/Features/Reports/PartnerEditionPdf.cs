using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Reports;

/// <summary>The partners' edition as a PDF, in French (the partners' language); every download is an audited export.</summary>
public static class PartnerEditionPdf
{
    [Authorize(Roles = Roles.PartnerEditionReaders)]
    public sealed record Query(string Month) : IRequest<PdfFile>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Month).IsReportMonth();
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, AuditTrail audit, IDocumentTexts texts, TimeProvider clock) : IRequestHandler<Query, PdfFile>
    {
        public async Task<PdfFile> Handle(Query query, CancellationToken cancellationToken)
        {
            var month = ReportMonth.Parse(query.Month);
            var model = await db.PartnerFiguresAsync(user, month, cancellationToken);
            var userId = user.Id;
            var author = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            var pdf = PartnerEditionDocument.Compose(model, texts.For(DocumentLanguages.French), author, clock.GetUtcNow()).GeneratePdf();
            audit.Record(AuditAction.Export, "PartnerEdition", null, user.UnitId == Guid.Empty ? null : user.UnitId);
            await db.SaveChangesAsync(cancellationToken);
            return new PdfFile($"edition-partenaires-{month}-fr.pdf", pdf);
        }
    }
}
