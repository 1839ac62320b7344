namespace CaseManagement.Domain;

/// <summary>
/// Thrown by an entity that refuses a change (an invalid transition, a broken invariant).
/// <see cref="Code"/> is a stable key the user interface translates; the message is for logs and developers.
/// </summary>
public sealed class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
