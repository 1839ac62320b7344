using CaseManagement.Application.Features.Audit;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using MediatR;

namespace CaseManagement.Web.Api;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", (string? subjectType, Guid? subjectId, Guid? userId, AuditAction? action, DateOnly? from, DateOnly? to, long? after,
                int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListAudit.Query
                {
                    SubjectType = subjectType,
                    SubjectId = subjectId,
                    UserId = userId,
                    Action = action,
                    From = from,
                    To = to,
                    After = after,
                    PageSize = pageSize ?? 50,
                }, ct))
            .RequireAuthorization(Policies.AuditReaders)
            .ProducesValidationProblem()
            .WithTags("Audit");
    }
}
