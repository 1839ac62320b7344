using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseManagement.Web.Api;

/// <summary>The id of a record just created (201, with its address in Location).</summary>
public sealed record NewRecord(Guid Id);

/// <summary>Answers shared by the endpoints, typed so that the OpenAPI document states them.</summary>
internal static class Answers
{
    /// <summary>Sends a command whose success has nothing to say: 204.</summary>
    public static async Task<NoContent> NoContentAsync<T>(IMediator mediator, IRequest<T> request, CancellationToken ct)
    {
        await mediator.Send(request, ct);
        return TypedResults.NoContent();
    }

    /// <summary>A file answer (200 with the content type), documented as such.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.Produces<Stream>(StatusCodes.Status200OK, contentTypes[0], contentTypes[1..]); // a binary string
}
