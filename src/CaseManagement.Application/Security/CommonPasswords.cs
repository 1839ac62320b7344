using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Application.Security;

/// <summary>
/// Refuses the passwords everyone tries first (the list shipped with the app, <c>common-passwords.txt</c>), with their
/// obvious variants (trailing digits and symbols), and the user's own e-mail or name. Length (≥ 12) is Identity's rule.
/// </summary>
public sealed class CommonPasswords : IPasswordValidator<AppUser>
{
    public const string Code = "CommonPassword";

    private static readonly Lazy<FrozenSet<string>> List = new(() =>
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("common-passwords.txt")
                           ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#')).ToFrozenSet(StringComparer.Ordinal);
    });

    public static bool IsCommon(string password, AppUser? user = null)
    {
        var lower = password.Trim().ToLowerInvariant();
        var stem = lower.TrimEnd("0123456789!@#$%^&*()_-+=.?,;:/\\ ".ToCharArray());
        return List.Value.Contains(lower) || (stem.Length > 0 && List.Value.Contains(stem))
               || (user?.Email is { } email && (lower.Equals(email, StringComparison.OrdinalIgnoreCase) || stem.Equals(email.Split('@')[0], StringComparison.OrdinalIgnoreCase)))
               || (!string.IsNullOrWhiteSpace(user?.DisplayName) && stem.Equals(user.DisplayName.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
               || lower.Distinct().Count() <= 2;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password, user)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "Password.Common" })
            : IdentityResult.Success);
}
