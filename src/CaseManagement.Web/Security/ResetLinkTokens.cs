using System.Globalization;
using CaseManagement.Application.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Security;

/// <summary>
/// The tokens of password-reset links: the user, their security stamp and the time of issue, protected by the app's
/// keys. Good for <see cref="PasswordReset.Lifetime"/> by the app's clock, and once: a reset renews the stamp.
/// (Identity's own provider reads the system clock, which nothing can test.)
/// </summary>
public sealed class ResetLinkTokens(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "ResetLink";
    private readonly IDataProtector _protector = protection.CreateProtector("CaseManagement.PasswordResetLink");

    public async Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
    {
        var stamp = await manager.GetSecurityStampAsync(user);
        var issued = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return _protector.Protect(string.Join('|', purpose, user.Id.ToString("N"), stamp, issued));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        string[] parts;
        try
        {
            parts = _protector.Unprotect(token).Split('|');
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }

        return parts.Length == 4 && parts[0] == purpose && parts[1] == user.Id.ToString("N")
               && parts[2] == await manager.GetSecurityStampAsync(user)
               && long.TryParse(parts[3], CultureInfo.InvariantCulture, out var issued)
               && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issued) <= PasswordReset.Lifetime;
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(false);
}
