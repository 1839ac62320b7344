using CaseManagement.Application.Features.Placements;
using CaseManagement.Application.Security;
using MediatR;

namespace CaseManagement.Web.Api;

/// <summary>Kafala and EPS placements, and the registry of establishments.</summary>
internal static class PlacementsEndpoints
{
    public static void MapPlacementsEndpoints(this IEndpointRouteBuilder api)
    {
        var kafala = api.MapGroup("/kafala-placements").RequireAuthorization(Policies.CaseWorkers).WithTags("Kafala");
        kafala.MapPost("/", async (OpenKafala.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var result = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/v1/kafala-placements/{result.Id}", result);
        }).ProducesValidationProblem();
        kafala.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetKafala.Query(id), ct));
        kafala.MapPut("/{id:guid}", (Guid id, UpdateKafala.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { Id = id }, ct)).ProducesProblem(StatusCodes.Status409Conflict);
        kafala.MapPost("/{id:guid}/transitions", (Guid id, TransitionKafala.Command command, IMediator mediator, CancellationToken ct) =>
            mediator.Send(command with { Id = id }, ct)).ProducesProblem(StatusCodes.Status409Conflict);
        kafala.MapPost("/{id:guid}/end", (Guid id, EndKafala.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { Id = id }, ct));
        kafala.MapPost("/{id:guid}/reports", async (Guid id, AddKafalaReport.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var reportId = await mediator.Send(command with { PlacementId = id }, ct);
            return TypedResults.Created($"/api/v1/kafala-placements/{id}/reports/{reportId}", new NewRecord(reportId));
        }).ProducesValidationProblem();

        var establishments = api.MapGroup("/establishments").RequireAuthorization(Policies.PartnerReaders).WithTags("EPS");
        establishments.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListEstablishments.Query(), ct));
        establishments.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetEstablishment.Query(id), ct));
        establishments.MapPost("/", async (SaveEstablishment.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command with { Id = null }, ct);
            return TypedResults.Created($"/api/v1/establishments/{id}", new NewRecord(id));
        }).RequireAuthorization(Policies.PartnerManagers).ProducesValidationProblem();
        establishments.MapPut("/{id:guid}", (Guid id, SaveEstablishment.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { Id = id }, ct)).RequireAuthorization(Policies.PartnerManagers);

        var eps = api.MapGroup("/eps-placements").RequireAuthorization(Policies.CaseWorkers).WithTags("EPS");
        eps.MapPost("/", async (AdmitToEps.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var result = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/v1/eps-placements/{result.Id}", result);
        }).ProducesValidationProblem();
        eps.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetEpsPlacement.Query(id), ct));
        eps.MapPost("/{id:guid}/transitions", (Guid id, TransitionEps.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { Id = id }, ct)).ProducesProblem(StatusCodes.Status409Conflict);
        eps.MapPost("/{id:guid}/incidents", (Guid id, RecordIncident.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { PlacementId = id }, ct));
        eps.MapPost("/{id:guid}/exit", (Guid id, ExitEps.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { PlacementId = id }, ct));
        eps.MapPut("/{id:guid}/project", (Guid id, UpdateEpsProject.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { PlacementId = id }, ct));
    }
}
