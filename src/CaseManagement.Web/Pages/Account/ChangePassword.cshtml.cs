using CaseManagement.Application.Features.Users;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Account;

/// <summary>The user's own password: required after an administrator set one, offered to everyone from the menu.</summary>
public sealed class ChangePasswordModel(IMediator mediator, UserManager<AppUser> users, SignInManager<AppUser> signIn, ICurrentUser current) : PageModel
{
    [BindProperty]
    public ChangeOwnPassword.Command Data { get; set; } = new();

    public bool Required => Security.SignInGates.PasswordChangeRequired(User);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(Data, ct);
        // Every session of the user ended with the change; this one goes on with a fresh cookie.
        var user = await users.FindByIdAsync(current.Id.ToString());
        await signIn.SignInAsync(user!, isPersistent: false);
        TempData["Flash"] = "Password.Changed";
        return Redirect("/");
    }
}
