using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Documents;

/// <summary>The letter reporting the case's child to the Procureur du Roi, signed by the requester; an audited export.</summary>
public static class ProsecutorLetterPdf
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid CaseId, string Language = DocumentLanguages.Arabic) : IRequest<PdfFile>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Language).Must(DocumentLanguages.IsSupported).WithMessage("Document.Language");
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, ICurrentUser user, TimeProvider clock, AuditTrail audit, IDocumentTexts texts)
        : IRequestHandler<Query, PdfFile>
    {
        public async Task<PdfFile> Handle(Query query, CancellationToken cancellationToken)
        {
            var (c, child) = await access.ForDocumentAsync(query.CaseId, cancellationToken);
            var stamp = await db.StampAsync(user, clock, c.Number, cancellationToken);

            var model = new ProsecutorLetterDocument.Model
            {
                CaseNumber = c.Number,
                Court = c.JudicialMeasure.Court,
                ChildName = child.LatinName,
                ChildNameAr = child.ArabicName,
                Sex = child.Sex,
                DateOfBirth = child.DateOfBirth,
                DateOfBirthEstimated = child.DateOfBirthEstimated,
                Address = child.Address,
                ReceivedAt = c.Intake.ReceivedAt,
                Channel = c.Intake.Channel,
                Concerns = c.Concerns.Select(x => x.Code).ToList(),
                Urgent = c.Urgent,
                RiskLevel = c.Assessment?.OverallRisk ?? c.RiskLevel,
                Facts = c.Intake.Summary,
                ImmediateActions = c.Intake.ImmediateActions,
                Signatory = stamp.Author,
            };
            var pdf = ProsecutorLetterDocument.Compose(model, texts.For(query.Language), stamp).GeneratePdf();
            audit.RecordExport(c.Id, c.UnitId, "ProsecutorLetter");
            await db.SaveChangesAsync(cancellationToken);
            return new PdfFile($"{c.Number}-procureur-{query.Language}.pdf", pdf);
        }
    }
}
