using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Application.Security;

/// <summary>
/// A person who signs in, holding one role. Case workers, supervisors and administrators belong to a unit; provincial
/// and partner viewers belong to a province and read only its validated reports.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>, CaseManagement.Domain.IAudited
{
    public string DisplayName { get; set; } = string.Empty;
    public Guid? UnitId { get; set; }
    public Guid? ProvinceId { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>fr, ar or en; the user's language for e-mails and after sign-in.</summary>
    public string PreferredCulture { get; set; } = "fr";

    /// <summary>Whether the user receives the reminder digest by e-mail (in-app notifications always appear).</summary>
    public bool EmailNotifications { get; set; } = true;

    /// <summary>Set when an administrator chose the password (creation, reset): the user must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The last successful sign-in (page or API).</summary>
    public DateTimeOffset? LastSignInAt { get; set; }
}
