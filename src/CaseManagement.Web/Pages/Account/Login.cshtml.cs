using CaseManagement.Web.Localization;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Account;

public sealed class LoginModel(SignInService signIn, JsonStringLocalizer l) : PageModel
{
    public sealed class Input
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public Input Data { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.CheckPasswordAsync(Data.Email, Data.Password);
        if (result.User is { } user)
        {
            if (result.NeedsSecondFactor)
            {
                await signIn.RememberFirstStepAsync(user);
                return RedirectToPage("/Account/LoginTwoFactor", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" });
            }

            await signIn.SignInWithCookieAsync(user);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Data.Password = null;
        if (result.Throttled)
        {
            Response.TooManyRequests(result.RetryAfter);
            ModelState.AddModelError(string.Empty, l.Translate("Login.Throttled"));
            return Page();
        }

        ModelState.AddModelError(string.Empty, l.Translate("Login.Failed"));
        return Page();
    }
}
