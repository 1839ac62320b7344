using System.Security.Claims;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Security;

/// <summary>
/// Every signed-in request (cookie or bearer token) is checked against the user's row: still enabled, and the
/// security stamp the session was issued with still current. Disabling, a password set or reset, a role or unit
/// change and signing out all renew the stamp, so every token and cookie of that user stops at once on this node
/// (its memory is told) and within <see cref="Lifetime"/> on any other.
/// </summary>
internal sealed class SessionCache(IMemoryCache cache) : IUserSessions
{
    /// <summary>How long a node trusts what it read of a user (other nodes learn of a change after at most this).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(3);

    private sealed record State(bool Active, string? Stamp);

    public void Changed(Guid userId) => cache.Remove(Key(userId));

    public async Task<bool> IsCurrentAsync(CaseDbContext db, Guid userId, string? stamp, CancellationToken ct)
    {
        var state = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new State(u.IsActive, u.SecurityStamp)).SingleOrDefaultAsync(ct);
        });
        return state is { Active: true } && !string.IsNullOrEmpty(stamp) && state.Stamp == stamp;
    }

    private static string Key(Guid userId) => "session:" + userId.ToString("N");
}

internal static class SessionCheck
{
    /// <summary>Between authentication and authorization: a session that no longer holds is anonymous from here on.</summary>
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var sessions = context.RequestServices.GetRequiredService<SessionCache>();
            var stampClaim = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
            var valid = Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
                        && await sessions.IsCurrentAsync(context.RequestServices.GetRequiredService<CaseDbContext>(), userId,
                            context.User.FindFirstValue(stampClaim), context.RequestAborted);
            if (!valid)
            {
                if (context.Request.Headers.Authorization.Count == 0)
                    await context.SignOutAsync(IdentityConstants.ApplicationScheme); // the browser forgets the dead cookie
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next();
    });
}
