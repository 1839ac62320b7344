using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Domain.Auditing;
using MediatR;

namespace CaseManagement.Application.Behaviors;

/// <summary>
/// Writes a Read entry once an audited read succeeded. Changes are audited where they are saved
/// (<see cref="AuditChangesInterceptor"/>), so no write escapes the trail.
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(AuditTrail audit, CaseDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is IAuditedRead read)
        {
            audit.Record(AuditAction.Read, read.AuditSubjectType, read.AuditSubjectId);
            if (request is not ICommand)
                await db.SaveChangesAsync(cancellationToken);
        }

        return response;
    }
}
