using CaseManagement.Application.Features.Audit;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using MediatR;

namespace CaseManagement.Web.Api;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", (string? subjectType, string? subjectId, AuditAction? action, int? page, int? pageSize,
                IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListAudit.Query
                {
                    SubjectType = subjectType,
                    SubjectId = subjectId,
                    Action = action,
                    Page = page ?? 1,
                    PageSize = pageSize ?? 50,
                }, ct))
            .RequireAuthorization(Policies.AuditReaders)
            .WithTags("Audit");
    }
}
