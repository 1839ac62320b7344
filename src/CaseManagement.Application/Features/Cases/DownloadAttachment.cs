using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>Downloads an attachment; every download is an audited export.</summary>
public static class DownloadAttachment
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid AttachmentId) : IRequest<Result>;

    public sealed record Result(string FileName, string ContentType, byte[] Content);

    public sealed class Handler(CaseDbContext db, CaseAccess access, AuditTrail audit) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var attachment = await db.CaseAttachments.AsNoTracking().Where(a => a.Id == query.AttachmentId)
                                 .Select(a => new { a.CaseId, a.FileName, a.ContentType }).SingleOrDefaultAsync(cancellationToken)
                             ?? throw new NotFoundException(nameof(CaseAttachment), query.AttachmentId);
            var (caseId, _, unitId) = await access.FindAsync(attachment.CaseId, cancellationToken);
            var bytes = await db.AttachmentContents.AsNoTracking().Where(c => c.AttachmentId == query.AttachmentId)
                .Select(c => c.Bytes).SingleAsync(cancellationToken);
            audit.RecordExport(caseId, unitId, nameof(CaseAttachment), query.AttachmentId);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(attachment.FileName, attachment.ContentType, bytes);
        }
    }
}
