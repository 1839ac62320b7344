using System.Globalization;
using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Documents;

/// <summary>The referral letter with its feedback slip, for whoever may work on the referral's case; an audited export.</summary>
public static class ReferralLetterPdf
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid ReferralId, string Language) : IRequest<PdfFile>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Language).Must(DocumentLanguages.IsSupported).WithMessage("Document.Language");
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, ICurrentUser user, TimeProvider clock, AuditTrail audit, IDocumentTexts texts)
        : IRequestHandler<Query, PdfFile>
    {
        public async Task<PdfFile> Handle(Query query, CancellationToken cancellationToken)
        {
            var referral = await access.ReferralForWorkAsync(query.ReferralId, cancellationToken, tracked: false);
            var c = await db.Cases.AsNoTracking().Where(x => x.Id == referral.CaseId).Select(x => new { x.Number, x.ChildId }).SingleAsync(cancellationToken);
            var child = await db.Children.AsNoTracking().SingleAsync(x => x.Id == c.ChildId, cancellationToken);
            var partner = await db.Partners.AsNoTracking().SingleAsync(p => p.Id == referral.PartnerId, cancellationToken);
            var referrer = (await db.NamesAsync([referral.CreatedBy], cancellationToken)).GetValueOrDefault(referral.CreatedBy);
            var stamp = await db.StampAsync(user, clock, c.Number, cancellationToken);

            var model = new ReferralLetterDocument.Model
            {
                CaseNumber = c.Number,
                ReferralReference = $"{c.Number}/{referral.CreatedAt.ToString("yyMMdd", CultureInfo.InvariantCulture)}-{referral.Id.ToString()[..4].ToUpperInvariant()}",
                Partner = partner.Name,
                PartnerAr = partner.NameAr,
                PartnerContact = partner.Contact,
                ChildName = child.LatinName,
                ChildNameAr = child.ArabicName,
                Sex = child.Sex,
                DateOfBirth = child.DateOfBirth,
                DateOfBirthEstimated = child.DateOfBirthEstimated,
                Service = referral.Service,
                Reason = referral.Reason,
                InformationShared = referral.InformationShared,
                ConsentGiven = referral.ConsentGiven,
                ConsentGivenBy = referral.ConsentGivenBy,
                ConsentDate = referral.ConsentDate,
                SentOn = referral.SentOn,
                ExpectedResponseOn = referral.ExpectedResponseOn,
                Referrer = referrer ?? stamp.Author,
            };
            var pdf = ReferralLetterDocument.Compose(model, texts.For(query.Language), stamp).GeneratePdf();
            audit.RecordExport(referral.CaseId, referral.UnitId, "ReferralLetter", referral.Id);
            await db.SaveChangesAsync(cancellationToken);
            return new PdfFile($"{c.Number}-orientation-{query.Language}.pdf", pdf);
        }
    }
}
