using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Domain.Auditing;
using MediatR;

namespace CaseManagement.Application.Behaviors;

/// <summary>
/// Writes who read which record, and who was refused a record. It sits outside the transaction so that a refused
/// command's rollback does not take the refusal's audit entry with it. Changes are audited where they are saved
/// (<see cref="AuditChangesInterceptor"/>), inside the command's transaction, so no write escapes the trail.
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(AuditTrail audit, CaseDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        TResponse response;
        try
        {
            response = await next();
        }
        catch (ForbiddenException denied) when (denied.SubjectType is not null)
        {
            db.ChangeTracker.Clear(); // whatever the refused request had started is discarded
            audit.Record(AuditAction.AccessDenied, denied.SubjectType, denied.SubjectId);
            await db.SaveChangesAsync(cancellationToken);
            throw;
        }

        if (request is IAuditedRead read)
        {
            audit.Record(AuditAction.Read, read.AuditSubjectType, read.AuditSubjectId);
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (request is IAuditedSearch or IAuditedInHandler)
        {
            await db.SaveChangesAsync(cancellationToken); // the entry its handler recorded
        }

        return response;
    }
}
