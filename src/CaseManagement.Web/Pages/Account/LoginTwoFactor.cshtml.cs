using CaseManagement.Web.Localization;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Account;

/// <summary>The second step of a sign-in: the authenticator's code, or one of the recovery codes.</summary>
[AllowAnonymous]
public sealed class LoginTwoFactorModel(SignInService signIn, JsonStringLocalizer l) : PageModel
{
    public sealed class Input
    {
        public string? Code { get; set; }
        public string? RecoveryCode { get; set; }
    }

    [BindProperty]
    public Input Data { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() => await signIn.FirstStepUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.FirstStepUserAsync() is not { } user)
            return RedirectToPage("/Account/Login");
        var result = await signIn.CheckSecondFactorAsync(user, Data.Code, Data.RecoveryCode);
        if (result.User is not null)
        {
            await signIn.ForgetFirstStepAsync();
            await signIn.SignInWithCookieAsync(user);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Data = new Input();
        if (result.Throttled)
            Response.TooManyRequests(result.RetryAfter);

        ModelState.AddModelError(string.Empty, l.Translate(result.Throttled ? "Login.Throttled" : "TwoFactor.WrongCode"));
        return Page();
    }
}
