using CaseManagement.Web.Localization;
using CaseManagement.Web.Security;

namespace CaseManagement.Web.Api;

internal static class AuthEndpoints
{
    public sealed record LoginRequest(string? Email = null, string? Password = null);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", async Task<IResult> (LoginRequest body, SignInService signIn, HttpContext context) =>
            {
                var result = await signIn.CheckPasswordAsync(body.Email, body.Password);
                if (result.User is { } user)
                    return TypedResults.Ok(await signIn.IssueTokenAsync(user));
                if (result.Throttled)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(result.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: JsonStringLocalizer.Instance.Translate("Login.Throttled"));
                }

                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: JsonStringLocalizer.Instance.Translate("Login.Failed"));
            })
            .AllowAnonymous()
            .WithName("Login")
            .WithTags("Auth")
            .Produces<AccessToken>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }
}
