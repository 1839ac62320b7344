using CaseManagement.Web.Localization;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Account;

/// <summary>The page the e-mailed link opens: the user sets their own password (once; the link then stops working).</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(PasswordReset reset, JsonStringLocalizer l) : PageModel
{
    public sealed class Input
    {
        public string? NewPassword { get; set; }
        public string? Confirmation { get; set; }
    }

    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public Input Data { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Data.NewPassword) || Data.NewPassword.Length < 12)
            ModelState.AddModelError("Data.NewPassword", l.Translate("Password.Rules"));
        else if (Data.Confirmation != Data.NewPassword)
            ModelState.AddModelError("Data.Confirmation", l.Translate("Password.ConfirmationDiffers"));
        if (!ModelState.IsValid)
            return Page();

        var result = await reset.ResetAsync(UserId, Token, Data.NewPassword!);
        if (result is null)
        {
            ModelState.AddModelError(string.Empty, l.Translate("Reset.LinkInvalid"));
            return Page();
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError("Data.NewPassword", l.Translate(error.Description));
            return Page();
        }

        TempData["Flash"] = "Reset.Done";
        return Redirect("/Account/Login");
    }
}
