using CaseManagement.Application.Features;
using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Security;
using MediatR;

namespace CaseManagement.Web.Api;

internal static class ChildrenEndpoints
{
    public static void MapChildrenEndpoints(this IEndpointRouteBuilder api)
    {
        var children = api.MapGroup("/children").RequireAuthorization(Policies.CaseWorkers).WithTags("Children");

        children.MapPost("/", async (RegisterChild.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var result = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/v1/children/{result.Id}", result);
        }).Produces<RegisterChild.Result>(StatusCodes.Status201Created).ProducesValidationProblem();

        children.MapGet("/", (string? q, string? after, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new SearchChildren.Query(q, after, pageSize ?? 20), ct))
            .Produces<Paged<ChildListItem>>();

        children.MapGet("/duplicates", ([AsParameters] FindDuplicates.Query query, IMediator mediator, CancellationToken ct) =>
            mediator.Send(query, ct));

        children.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetChild.Query(id), ct))
            .Produces<GetChild.Model>().ProducesProblem(StatusCodes.Status404NotFound);

        children.MapPut("/{id:guid}", async (Guid id, EditChild.Command command, IMediator mediator, CancellationToken ct) =>
        {
            command.Id = id;
            return await mediator.Send(command, ct);
        }).Produces<EditChild.Result>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }
}
