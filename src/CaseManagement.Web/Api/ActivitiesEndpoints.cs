using CaseManagement.Application.Features.Activities;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Activities;
using MediatR;

namespace CaseManagement.Web.Api;

/// <summary>The unit's prevention, coordination and training activities (report indicators H1–H4).</summary>
internal static class ActivitiesEndpoints
{
    public static void MapActivitiesEndpoints(this IEndpointRouteBuilder api)
    {
        var activities = api.MapGroup("/activities").RequireAuthorization(Policies.CaseWorkers).WithTags("Activities");

        activities.MapGet("/", (DateOnly? from, DateOnly? to, ActivityType? type, string? after, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListActivities.Query { From = from, To = to, Type = type, After = after, PageSize = pageSize ?? 25 }, ct));

        activities.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetActivity.Query(id), ct))
            .ProducesProblem(StatusCodes.Status404NotFound);

        activities.MapPost("/", async (SaveActivity.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var result = await mediator.Send(command with { Id = null }, ct);
            return TypedResults.Created($"/api/v1/activities/{result.Id}", result);
        }).ProducesValidationProblem();

        activities.MapPut("/{id:guid}", (Guid id, SaveActivity.Command command, IMediator mediator, CancellationToken ct) =>
            mediator.Send(command with { Id = id }, ct)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }
}
