using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using CaseManagement.Application.Security;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace CaseManagement.Web.Security;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238: 6 digits, 30 s, one step either side). The key is
/// Identity's authenticator key; a code is accepted once (its time step is remembered per user, so a code seen over a
/// shoulder or replayed is refused), and recovery codes are Identity's one-time codes. <c>TwoFactor:RequiredRoles</c>
/// (default: administrators and supervisors) must enrol before doing anything else; everybody else may.
/// </summary>
public sealed class TwoFactor(UserManager<AppUser> users, TimeProvider clock, IConfiguration configuration)
{
    public const string Issuer = "CaseManagement";
    public const string EnrolClaimType = "cm:2fa";
    public const int RecoveryCodes = 10;
    private const string TokenProvider = "CaseManagement";
    private const string LastStepToken = "TotpLastStep";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public static IReadOnlyList<string> RequiredRoles(IConfiguration configuration) =>
        (configuration["TwoFactor:RequiredRoles"] ?? $"{Roles.Administrator},{Roles.Supervisor}")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public async Task<bool> IsRequiredAsync(AppUser user)
    {
        var required = RequiredRoles(configuration);
        return (await users.GetRolesAsync(user)).Any(required.Contains);
    }

    /// <summary>
    /// The key to enrol with, as text and as an otpauth URI: the one of an enrolment under way, else a new one
    /// (<c>Created</c>: making it renewed the user's security stamp).
    /// </summary>
    public async Task<(string Key, string Uri, bool Created)> EnrolmentKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        var created = string.IsNullOrEmpty(key);
        if (created)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        return (key!, $"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6&period=30", created);
    }

    /// <summary>The QR code of an otpauth URI, as a PNG data URI (the CSP allows data: images, nothing inline else).</summary>
    public static string QrCode(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }

    /// <summary>Whether the code is the user's for now and was never used before (it is then used up).</summary>
    public async Task<bool> VerifyCodeAsync(AppUser user, string? code)
    {
        code = code?.Replace(" ", "", StringComparison.Ordinal);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit) || string.IsNullOrEmpty(key))
            return false;
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        var last = long.TryParse(await users.GetAuthenticationTokenAsync(user, TokenProvider, LastStepToken), CultureInfo.InvariantCulture, out var l) ? l : 0;
        var secret = Base32Decode(key);
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step <= last || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(code)))
                continue;
            await users.SetAuthenticationTokenAsync(user, TokenProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
            return true;
        }

        return false;
    }

    /// <summary>A recovery code, used up if it is one of the user's.</summary>
    public async Task<bool> RedeemRecoveryCodeAsync(AppUser user, string? code) =>
        !string.IsNullOrWhiteSpace(code) && (await users.RedeemTwoFactorRecoveryCodeAsync(user, code.Replace(" ", "", StringComparison.Ordinal).Trim())).Succeeded;

    /// <summary>Turns two-factor on once the user proved the app works; answers the recovery codes, shown once.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string? code)
    {
        if (!await VerifyCodeAsync(user, code))
            return null;
        await users.SetTwoFactorEnabledAsync(user, true);
        return await NewRecoveryCodesAsync(user);
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(AppUser user) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes))?.ToList() ?? [];

    /// <summary>The code an authenticator app shows for this key at this time (tests compute codes with it).</summary>
    public static string CodeAt(string base32Key, DateTimeOffset at) => Code(Base32Decode(base32Key), at.ToUnixTimeSeconds() / (long)Step.TotalSeconds);

    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; its use as a MAC is not weakened by SHA-1 collisions
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Trim().TrimEnd('=').Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
                throw new FormatException("Not a base32 key.");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits < 8)
                continue;
            bits -= 8;
            bytes.Add((byte)(buffer >> bits));
            buffer &= (1 << bits) - 1;
        }

        return [.. bytes];
    }
}
