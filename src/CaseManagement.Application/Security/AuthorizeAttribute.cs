namespace CaseManagement.Application.Security;

/// <summary>
/// Put on a request type: the authorization behaviour refuses it unless the current user is signed in and,
/// when <see cref="Roles"/> is set, holds one of those comma-separated roles. Checked for pages, API and jobs alike.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string Roles { get; set; } = string.Empty;
}

/// <summary>
/// Put on a request that only a background job sends (reminders, retention, the monthly draft): it runs with nobody
/// signed in, and a signed-in person cannot send it through the pipeline. A request must carry this or
/// <see cref="AuthorizeAttribute"/>; one with neither is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class SystemJobAttribute : Attribute;
