using CaseManagement.Application.Features.Users;
using MediatR;
using CaseManagement.Web.Localization;
using CaseManagement.Web.Security;

namespace CaseManagement.Web.Api;

internal static class AuthEndpoints
{
    /// <summary>With two-factor sign-in on, <see cref="TwoFactorCode"/> (the app's 6 digits) or <see cref="RecoveryCode"/> too.</summary>
    public sealed record LoginRequest(string? Email = null, string? Password = null, string? TwoFactorCode = null, string? RecoveryCode = null);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", async Task<IResult> (LoginRequest body, SignInService signIn, TwoFactor twoFactor, HttpContext context) =>
            {
                var l = JsonStringLocalizer.Instance;
                var result = await signIn.CheckPasswordAsync(body.Email, body.Password);
                if (result.User is { } user && result.NeedsSecondFactor)
                {
                    if (string.IsNullOrWhiteSpace(body.TwoFactorCode) && string.IsNullOrWhiteSpace(body.RecoveryCode))
                        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: l.Translate("TwoFactor.CodeRequired"),
                            extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true });
                    result = await signIn.CheckSecondFactorAsync(user, body.TwoFactorCode, body.RecoveryCode);
                }

                if (result.User is { } signedIn)
                {
                    if (await twoFactor.IsRequiredAsync(signedIn) && !signedIn.TwoFactorEnabled)
                        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: l.Translate("TwoFactor.EnrolmentRequired"));
                    return TypedResults.Ok(await signIn.IssueTokenAsync(signedIn));
                }
                if (result.Throttled)
                {
                    context.Response.TooManyRequests(result.RetryAfter);
                    return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: l.Translate("Login.Throttled"));
                }

                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: l.Translate("Login.Failed"));
            })
            .AllowAnonymous()
            .WithName("Login")
            .WithTags("Auth")
            .Produces<AccessToken>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        // The signed-in user's own password (required first after an administrator set one); every token of the user
        // ends with it, so the caller signs in again.
        api.MapPost("/auth/password", (ChangeOwnPassword.Command command, IMediator mediator, CancellationToken ct) =>
                Answers.NoContentAsync(mediator, command, ct))
            .RequireAuthorization()
            .WithTags("Auth")
            .ProducesValidationProblem();
    }
}
