using CaseManagement.Web.Localization;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Api;

internal static class AuthEndpoints
{
    public sealed record LoginRequest(string? Email = null, string? Password = null);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        // On success the bearer handler writes {"tokenType","accessToken","expiresIn","refreshToken"} itself.
        api.MapPost("/auth/login", async (LoginRequest body, SignInService signIn) =>
            await signIn.PasswordSignInAsync(body.Email, body.Password, IdentityConstants.BearerScheme) switch
            {
                SignInOutcome.Succeeded => Results.Empty,
                SignInOutcome.LockedOut => Results.Problem(statusCode: StatusCodes.Status401Unauthorized,
                    title: JsonStringLocalizer.Instance.Translate("Login.LockedOut")),
                _ => Results.Problem(statusCode: StatusCodes.Status401Unauthorized,
                    title: JsonStringLocalizer.Instance.Translate("Login.Failed")),
            })
            .AllowAnonymous()
            .WithName("Login")
            .WithTags("Auth")
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
