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
