using CaseManagement.Application.Security;
using CaseManagement.Web.Localization;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Account;

/// <summary>
/// The signed-in user's own security: their password, and two-factor sign-in (enrol an authenticator app with its QR
/// code or key, recovery codes shown once, new codes, turning it off where the role does not require it).
/// </summary>
public sealed class SecurityModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TwoFactor twoFactor, ICurrentUser current, JsonStringLocalizer l)
    : PageModel
{
    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string? Key { get; private set; }
    public string? QrCode { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Recovery codes just made: shown on this answer only.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(await UserAsync());

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await UserAsync();
        var codes = user.TwoFactorEnabled ? null : await twoFactor.EnableAsync(user, Code);
        if (codes is null)
        {
            ModelState.AddModelError(nameof(Code), l.Translate("TwoFactor.WrongCode"));
            return await LoadAsync(user);
        }

        await signIn.RefreshSignInAsync(user); // the stamp changed; the enrolment requirement is met
        NewRecoveryCodes = codes;
        return await LoadAsync(user);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await UserAsync();
        if (user.TwoFactorEnabled)
            NewRecoveryCodes = await twoFactor.NewRecoveryCodesAsync(user);
        return await LoadAsync(user);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await UserAsync();
        if (await twoFactor.IsRequiredAsync(user))
        {
            ModelState.AddModelError(string.Empty, l.Translate("TwoFactor.RequiredForRole"));
            return await LoadAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = "TwoFactor.Disabled";
        return RedirectToPage();
    }

    private async Task<AppUser> UserAsync() => await users.FindByIdAsync(current.Id.ToString()) ?? throw new InvalidOperationException("No user.");

    private async Task<IActionResult> LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = await twoFactor.IsRequiredAsync(user);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        }
        else
        {
            var (key, uri, created) = await twoFactor.EnrolmentKeyAsync(user);
            if (created)
                await signIn.RefreshSignInAsync(user); // making the key renewed the stamp: this session goes on
            Key = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
            QrCode = TwoFactor.QrCode(uri);
        }

        return Page();
    }
}
