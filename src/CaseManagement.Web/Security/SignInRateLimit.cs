using System.Globalization;
using System.Threading.RateLimiting;
using CaseManagement.Web.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseManagement.Web.Security;

/// <summary>
/// At most <c>SignIn:PerAddressPerMinute</c> (default 20) sign-in attempts a minute from one address, on the page and
/// the API alike (the second step and the password-reset pages count too); the next gets 429 with <c>Retry-After</c>. With the per-account delays of <see cref="LoginThrottle"/>.
/// </summary>
internal static class SignInRateLimit
{
    public static readonly string[] Paths = ["/api/v1/auth/login", "/Account/Login", "/Account/LoginTwoFactor", "/Account/ForgotPassword", "/Account/ResetPassword"];

    /// <summary>A 429 that says, in whole seconds, when to try again (the rate limit and the per-account delays alike).</summary>
    public static void TooManyRequests(this HttpResponse response, TimeSpan wait)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("SignIn:PerAddressPerMinute", 20);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && Paths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase))
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "-", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter("other"));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                response.TooManyRequests(rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
                var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests, Title = JsonStringLocalizer.Instance.Translate("Login.Throttled"),
                };
                await response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
            };
        });
    }
}
