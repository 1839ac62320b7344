using CaseManagement.Application.Security;
using CaseManagement.Web.Localization;
using CaseManagement.Web.Mail;
using Microsoft.AspNetCore.Identity;
using MimeKit;

namespace CaseManagement.Web.Security;

/// <summary>
/// Self-service password reset: a one-time link by e-mail, valid <see cref="Lifetime"/>, sent after the answer (the
/// page says the same whether or not the address is an account's). Using it sets the user's own password (no forced
/// change afterwards), unlocks the account and ends every session.
/// </summary>
public sealed class PasswordReset(UserManager<AppUser> users, MailOutbox outbox, SmtpSender smtp)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public async Task RequestAsync(string? email)
    {
        var user = string.IsNullOrWhiteSpace(email) || email.Length > 256 ? null : await users.FindByEmailAsync(email.Trim());
        if (user is not { IsActive: true } || !outbox.IsConfigured)
            return;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{smtp.BaseUrl}/Account/ResetPassword?user={user.Id}&token={Uri.EscapeDataString(token)}";
        var texts = JsonStringLocalizer.Instance.For(user.PreferredCulture is "ar" or "en" ? user.PreferredCulture : "fr");
        var message = new MimeMessage { Subject = texts["Reset.MailSubject"] };
        message.To.Add(MailboxAddress.Parse(user.Email!));
        message.Body = new TextPart("plain") { Text = $"{texts["Reset.MailIntro"]}\n\n{link}\n\n{texts["Reset.MailIgnore"]}\n" };
        outbox.Enqueue(message);
    }

    /// <summary>Null when the link does not hold (unknown user, used, expired); else Identity's answer on the new password.</summary>
    public async Task<IdentityResult?> ResetAsync(Guid userId, string? token, string newPassword)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is not { IsActive: true } || string.IsNullOrEmpty(token))
            return null;
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? null : result;
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return result;
    }
}
