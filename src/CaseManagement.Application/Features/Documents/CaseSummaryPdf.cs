using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Documents;

/// <summary>
/// The case summary as a PDF in Arabic or French, for whoever may work on the case. The summary is made to be handed
/// to partners, so restricted notes (child's account, sexual violence, medical, origins, criminal…) are left out unless
/// the requester asks for them and may read them (the assigned social worker, supervisors) — each one then audited as
/// read. Every generation is an audited export.
/// </summary>
public static class CaseSummaryPdf
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid CaseId, string Language, bool IncludeRestricted = false) : IRequest<PdfFile>;

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
            var commune = child.CommuneCode is null ? null
                : await db.Communes.AsNoTracking().Where(x => x.Code == child.CommuneCode).Select(x => new { x.Name, x.NameAr }).SingleOrDefaultAsync(cancellationToken);
            if (query.IncludeRestricted && !access.CanReadRestricted(c.AssignedTo))
                throw new ForbiddenException("Restricted notes are for the assigned social worker and supervisors.", nameof(Case), c.Id);
            var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == c.Id).OrderBy(n => n.WrittenAt).ToListAsync(cancellationToken);
            notes = notes.Where(n => !n.IsRestricted || query.IncludeRestricted).ToList();
            var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == c.Id).OrderBy(f => f.DueOn).ToListAsync(cancellationToken);
            var referrals = await db.ReferralsOfCaseAsync(c.Id, cancellationToken);
            var names = await db.NamesAsync(
                notes.Select(n => n.AuthorId).Concat(followUps.Where(f => f.AssigneeId is not null).Select(f => f.AssigneeId!.Value))
                    .Concat(c.AssignedTo is { } assigned ? [assigned] : []), cancellationToken);
            string? Name(Guid? id) => id is { } key && names.TryGetValue(key, out var name) ? name : null;

            var L = texts.For(query.Language);
            var model = new CaseSummaryDocument.Model
            {
                CaseNumber = c.Number,
                ChildFileNumber = child.FileNumber,
                ChildName = child.LatinName,
                ChildNameAr = child.ArabicName,
                Sex = child.Sex,
                DateOfBirth = child.DateOfBirth,
                DateOfBirthEstimated = child.DateOfBirthEstimated,
                Commune = commune is null ? null : L.RightToLeft ? commune.NameAr : commune.Name,
                Status = c.Status,
                OpenedOn = c.OpenedOn,
                Urgent = c.Urgent,
                RiskLevel = c.RiskLevel,
                AssignedTo = Name(c.AssignedTo),
                Intake = c.Intake,
                Concerns = c.Concerns.Select(x => x.Code).ToList(),
                PrimaryConcern = c.PrimaryConcern,
                ProsecutorReport = c.ProsecutorReport,
                Assessment = c.Assessment,
                Plan = c.Plan,
                FollowUps = followUps.Select(f => new CaseSummaryDocument.FollowUpLine(f.Kind, f.Purpose, f.DueOn, f.Status, Name(f.AssigneeId))).ToList(),
                Referrals = referrals.Select(r => new CaseSummaryDocument.ReferralLine(r.Name, r.NameAr, r.Referral.Service, r.Referral.Status, r.Referral.SentOn, r.Referral.Feedback)).ToList(),
                Notes = notes.Select(n => new CaseSummaryDocument.NoteLine(n.WrittenAt, Name(n.AuthorId), n.Sensitivity, n.Text)).ToList(),
            };
            var stamp = await db.StampAsync(user, clock, c.Number, cancellationToken);
            var pdf = CaseSummaryDocument.Compose(model, L, stamp).GeneratePdf();

            foreach (var restricted in notes.Where(n => n.IsRestricted))
                audit.Record(AuditAction.Read, nameof(CaseNote), restricted.Id, c.UnitId);
            audit.RecordExport(c.Id, c.UnitId, "CaseSummary");
            await db.SaveChangesAsync(cancellationToken);
            return new PdfFile($"{c.Number}-synthese-{query.Language}.pdf", pdf);
        }
    }
}
