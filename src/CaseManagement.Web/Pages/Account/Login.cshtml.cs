using CaseManagement.Web.Localization;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Identity;
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
        var outcome = await signIn.PasswordSignInAsync(Data.Email, Data.Password, IdentityConstants.ApplicationScheme);
        if (outcome == SignInOutcome.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");

        ModelState.AddModelError(string.Empty, l.Translate(outcome == SignInOutcome.LockedOut ? "Login.LockedOut" : "Login.Failed"));
        Data.Password = null;
        return Page();
    }
}
