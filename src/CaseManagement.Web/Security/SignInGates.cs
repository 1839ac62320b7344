using System.Security.Claims;
using CaseManagement.Web.Localization;

namespace CaseManagement.Web.Security;

/// <summary>
/// What a signed-in user must do before anything else: choose their own password after an administrator set one,
/// then enrol an authenticator when their role requires two-factor sign-in. Pages lead to the page that does it; the
/// API answers 403 saying what is missing.
/// </summary>
internal static class SignInGates
{
    public const string PasswordClaimType = "cm:password";
    public const string PasswordPage = "/Account/ChangePassword";
    public const string EnrolPage = "/Account/Security";

    private static readonly string[] AlwaysOpen = ["/Account/Logout", "/Culture", "/Error"];

    public static bool PasswordChangeRequired(ClaimsPrincipal user) => user.HasClaim(PasswordClaimType, "required");

    public static bool EnrolmentRequired(ClaimsPrincipal user) => user.HasClaim(TwoFactor.EnrolClaimType, "enrol");

    public static IApplicationBuilder UseSignInGates(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var (page, api, message) = PasswordChangeRequired(context.User) ? (PasswordPage, "/api/v1/auth/password", "Password.ChangeRequired")
            : EnrolmentRequired(context.User) ? (EnrolPage, (string?)null, "TwoFactor.EnrolmentRequired")
            : (null, null, null);
        var path = context.Request.Path;
        if (page is null || path.StartsWithSegments(page) || (api is not null && path.StartsWithSegments(api)) || AlwaysOpen.Any(p => path.StartsWithSegments(p)))
        {
            await next();
            return;
        }

        if (path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden, Title = JsonStringLocalizer.Instance.Translate(message!),
            }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
            return;
        }

        context.Response.Redirect(page);
    });
}
