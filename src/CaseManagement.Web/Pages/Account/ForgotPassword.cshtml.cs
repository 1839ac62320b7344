using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Account;

/// <summary>"Forgot your password?": a link by e-mail; the answer is the same whether or not the address is an account's.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(PasswordReset reset) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await reset.RequestAsync(Email);
        Sent = true;
        return Page();
    }
}
