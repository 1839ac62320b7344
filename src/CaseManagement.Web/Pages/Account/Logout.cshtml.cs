using CaseManagement.Application.Security;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Account;

public sealed class LogoutModel(SignInService signIn, ICurrentUser user) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(user);
        return Redirect("/Account/Login");
    }
}
