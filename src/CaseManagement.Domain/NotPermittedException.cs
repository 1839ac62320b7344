namespace CaseManagement.Domain;

/// <summary>
/// Thrown by an entity that refuses a change because of who asks (a supervisor approving their own submission, a
/// social worker deciding a plan): 403. A refusal because of when — the state the record is in — is a
/// <see cref="DomainRuleException"/>: 409.
/// </summary>
public sealed class NotPermittedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
