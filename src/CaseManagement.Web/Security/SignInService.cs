using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Security;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>Password sign-in for the page (cookie) and the API (bearer token), audited either way.</summary>
public sealed class SignInService(SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditTrail audit, CaseDbContext db)
{
    public async Task<SignInOutcome> PasswordSignInAsync(string? email, string? password, string scheme)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        SignInOutcome outcome;
        if (user is null || string.IsNullOrEmpty(password))
        {
            outcome = SignInOutcome.Failed;
        }
        else
        {
            signIn.AuthenticationScheme = scheme;
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            outcome = result.Succeeded && user.IsActive ? SignInOutcome.Succeeded
                : result.IsLockedOut || !user.IsActive ? SignInOutcome.LockedOut
                : SignInOutcome.Failed;
        }

        audit.Record(outcome == SignInOutcome.Succeeded ? AuditAction.Login : AuditAction.LoginFailed, "User", user?.Id, user?.UnitId, user?.Id);
        await db.SaveChangesAsync();
        return outcome;
    }

    public async Task SignOutAsync(ICurrentUser current)
    {
        if (current.IsAuthenticated)
        {
            audit.Record(AuditAction.Logout, "User", current.Id);
            await db.SaveChangesAsync();
        }

        await signIn.SignOutAsync();
    }
}
