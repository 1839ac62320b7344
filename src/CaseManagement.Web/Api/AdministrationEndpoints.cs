using CaseManagement.Application.Features.Reference;
using CaseManagement.Application.Features.Units;
using CaseManagement.Application.Features.Users;
using CaseManagement.Application.Security;
using MediatR;

namespace CaseManagement.Web.Api;

internal static class AdministrationEndpoints
{
    public sealed record ResetPasswordRequest(string? NewPassword = null);

    public static void MapAdministrationEndpoints(this IEndpointRouteBuilder api)
    {
        var units = api.MapGroup("/units").RequireAuthorization(Policies.Administrators).WithTags("Units");
        units.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListUnits.Query(), ct));
        units.MapPost("/", async (CreateUnit.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/v1/units/{id}", new NewRecord(id));
        }).ProducesValidationProblem();
        units.MapPut("/{id:guid}", async (Guid id, EditUnit.Command command, IMediator mediator, CancellationToken ct) =>
        {
            command.Id = id;
            await mediator.Send(command, ct);
            return TypedResults.NoContent();
        }).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/units/{id:guid}/standards", async (Guid id, SetStandards.Command command, IMediator mediator, CancellationToken ct) =>
        {
            command.UnitId = id;
            await mediator.Send(command, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.PartnerManagers).WithTags("Units").ProducesValidationProblem();

        api.MapPut("/units/{id:guid}/reminders", async (Guid id, SetReminderSettings.Command command, IMediator mediator, CancellationToken ct) =>
        {
            command.UnitId = id;
            await mediator.Send(command, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.PartnerManagers).WithTags("Units").ProducesValidationProblem();

        units.MapPut("/{id:guid}/second-approver", async (Guid id, SetSecondApprover.Command command, IMediator mediator, CancellationToken ct) =>
        {
            command.UnitId = id;
            await mediator.Send(command, ct);
            return TypedResults.NoContent();
        }).ProducesValidationProblem();
        units.MapGet("/{id:guid}/approver-candidates", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new ListApprovers.Query(id), ct));

        var provinces = api.MapGroup("/provinces").RequireAuthorization(Policies.Administrators).WithTags("Units");
        provinces.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListProvinces.Query(), ct));
        provinces.MapPost("/", async (SaveProvince.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command with { Id = null }, ct);
            return TypedResults.Created($"/api/v1/provinces/{id}", new NewRecord(id));
        }).ProducesValidationProblem();
        provinces.MapPut("/{id:guid}", async (Guid id, SaveProvince.Command command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command with { Id = id }, ct);
            return TypedResults.NoContent();
        }).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        var users = api.MapGroup("/users").RequireAuthorization(Policies.Administrators).WithTags("Users");
        users.MapGet("/", (Guid? unitId, string? after, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListUsers.Query { UnitId = unitId, After = after, PageSize = pageSize ?? 50 }, ct)).ProducesValidationProblem();
        users.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetUser.Query(id), ct))
            .ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPost("/", async (CreateUser.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/v1/users/{id}", new NewRecord(id));
        }).ProducesValidationProblem();
        users.MapPut("/{id:guid}", (Guid id, EditUserProfile.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { Id = id }, ct)).ProducesValidationProblem();
        users.MapPost("/{id:guid}/two-factor/reset", (Guid id, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, new ResetTwoFactor.Command(id), ct));
        users.MapPut("/{id:guid}/access", async (Guid id, ChangeUserAccess.Command command, IMediator mediator, CancellationToken ct) =>
        {
            command.Id = id;
            await mediator.Send(command, ct);
            return TypedResults.NoContent();
        }).ProducesValidationProblem();
        users.MapPost("/{id:guid}/disable", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new SetUserActive.Command(id, false), ct);
            return TypedResults.NoContent();
        });
        users.MapPost("/{id:guid}/enable", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new SetUserActive.Command(id, true), ct);
            return TypedResults.NoContent();
        });
        users.MapPost("/{id:guid}/password", async (Guid id, ResetPasswordRequest body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ResetPassword.Command { Id = id, NewPassword = body.NewPassword }, ct);
            return TypedResults.NoContent();
        }).ProducesValidationProblem();

        var communes = api.MapGroup("/communes").WithTags("Reference data");
        communes.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListCommunes.Query(), ct));
        communes.MapPut("/{code}", async (string code, SaveCommune.Command command, IMediator mediator, CancellationToken ct) =>
        {
            command.Code = code;
            await mediator.Send(command, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.Administrators).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }
}
