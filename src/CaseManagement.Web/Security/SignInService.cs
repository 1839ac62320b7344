using System.Security.Claims;
using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Security;

/// <summary>The answer to a sign-in: refused (always the same answer), slowed down (429 with a wait), or signed in.</summary>
public sealed record SignInResult(AppUser? User, TimeSpan RetryAfter, bool NeedsSecondFactor = false)
{
    public bool Throttled => RetryAfter > TimeSpan.Zero;
}

/// <summary>An access token; there is no refresh token (sign in again after <see cref="ExpiresIn"/> seconds).</summary>
public sealed record AccessToken(string TokenType, [property: System.Text.Json.Serialization.JsonPropertyName("accessToken")] string Value, long ExpiresIn);

/// <summary>
/// Password sign-in for the page (cookie) and the API (bearer token), audited either way. Unknown, disabled and
/// wrong-password accounts get the same refusal after the same work (a password hash is always checked — a dummy one
/// for an unknown e-mail), so the answer says nothing of whether an account exists.
/// </summary>
public sealed class SignInService(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditTrail audit, CaseDbContext db, LoginThrottle throttle,
    IHttpContextAccessor http, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, TwoFactor twoFactor)
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    /// <summary>Where the attempt comes from (behind a trusted proxy, the client's address).</summary>
    private string Address => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "-";

    public async Task<SignInResult> CheckPasswordAsync(string? email, string? password)
    {
        email = email?.Trim() ?? string.Empty;
        var address = Address;
        var wait = throttle.Wait(email, address);
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (wait > TimeSpan.Zero)
        {
            await RecordAsync(AuditAction.LoginFailed, user, "Throttled");
            return new SignInResult(null, wait);
        }

        bool passwordOk;
        if (user is null || string.IsNullOrEmpty(password))
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password ?? string.Empty);
            passwordOk = false;
        }
        else
        {
            passwordOk = await users.CheckPasswordAsync(user, password);
        }

        var refusal = user is null ? "UnknownAccount" : !passwordOk ? "WrongPassword" : !user.IsActive || await users.IsLockedOutAsync(user) ? "Disabled" : null;
        if (refusal is not null)
        {
            throttle.Failed(email, address);
            await RecordAsync(AuditAction.LoginFailed, user, refusal);
            return new SignInResult(null, TimeSpan.Zero);
        }

        throttle.Succeeded(email, address);
        if (user!.TwoFactorEnabled)
            return new SignInResult(user, TimeSpan.Zero, NeedsSecondFactor: true);
        await SignedInAsync(user, null);
        return new SignInResult(user, TimeSpan.Zero);
    }

    /// <summary>
    /// The second step of a two-factor sign-in (after the password): a code of the authenticator app, used once, or a
    /// recovery code. Wrong codes slow the address down like wrong passwords.
    /// </summary>
    public async Task<SignInResult> CheckSecondFactorAsync(AppUser user, string? code, string? recoveryCode)
    {
        var address = Address;
        var wait = throttle.Wait(user.Email!, address);
        if (wait > TimeSpan.Zero)
        {
            await RecordAsync(AuditAction.LoginFailed, user, "Throttled");
            return new SignInResult(null, wait);
        }

        var recovery = !string.IsNullOrWhiteSpace(recoveryCode);
        if (!(recovery ? await twoFactor.RedeemRecoveryCodeAsync(user, recoveryCode) : await twoFactor.VerifyCodeAsync(user, code)))
        {
            throttle.Failed(user.Email!, address);
            await RecordAsync(AuditAction.LoginFailed, user, recovery ? "WrongRecoveryCode" : "WrongCode");
            return new SignInResult(null, TimeSpan.Zero);
        }

        throttle.Succeeded(user.Email!, address);
        await SignedInAsync(user, recovery ? "RecoveryCode" : "TwoFactor");
        return new SignInResult(user, TimeSpan.Zero);
    }

    private async Task SignedInAsync(AppUser user, string? how)
    {
        var now = clock.GetUtcNow();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.LastSignInAt, now)); // the Login entry says it already
        await RecordAsync(AuditAction.Login, user, how);
    }

    /// <summary>Between the two steps of a page sign-in: who passed the password, for 5 minutes, in Identity's own cookie.</summary>
    public Task RememberFirstStepAsync(AppUser user) =>
        http.HttpContext!.SignInAsync(IdentityConstants.TwoFactorUserIdScheme,
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme)));

    public async Task<AppUser?> FirstStepUserAsync()
    {
        var first = await http.HttpContext!.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return first.Principal?.FindFirstValue(ClaimTypes.Name) is { } id ? await users.FindByIdAsync(id) : null;
    }

    public Task ForgetFirstStepAsync() => http.HttpContext!.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);

    /// <summary>The pages' session: the cookie, and the user's language from now on.</summary>
    public async Task SignInWithCookieAsync(AppUser user)
    {
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        await signIn.SignInAsync(user, isPersistent: false);
        http.HttpContext?.Response.Cookies.Append(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(Localization.Cultures.ForLanguage(user.PreferredCulture))),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Expires = clock.GetUtcNow().AddYears(1) });
    }

    /// <summary>An API token for the user: the same claims as the cookie, protected by the bearer scheme's keys.</summary>
    public async Task<AccessToken> IssueTokenAsync(AppUser user)
    {
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, IdentityConstants.BearerScheme);
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), properties, IdentityConstants.BearerScheme);
        return new AccessToken("Bearer", options.BearerTokenProtector.Protect(ticket), (long)options.BearerTokenExpiration.TotalSeconds);
    }

    /// <summary>Signing out ends every session of the user — this cookie, copies of it, other devices, API tokens.</summary>
    public async Task SignOutAsync(ICurrentUser current)
    {
        if (current.IsAuthenticated && await users.FindByIdAsync(current.Id.ToString()) is { } user)
        {
            if (!(await users.UpdateSecurityStampAsync(user)).Succeeded)
                throw new InvalidOperationException("The security stamp could not be renewed.");
            audit.Record(AuditAction.Logout, "User", current.Id);
            await db.SaveChangesAsync();
        }

        await signIn.SignOutAsync();
    }

    private async Task RecordAsync(AuditAction action, AppUser? user, string? detail)
    {
        audit.Record(action, "User", user?.Id, user?.UnitId, user?.Id, detail);
        await db.SaveChangesAsync();
    }
}
