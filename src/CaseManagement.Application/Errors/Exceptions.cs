namespace CaseManagement.Application.Errors;

/// <summary>The record does not exist, or the user may not know it exists.</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} {key} was not found.")
{
    public string Entity { get; } = entity;
}

/// <summary>
/// The user is known but may not do this. With a subject, the refusal is written to the audit trail
/// (an attempt to open a case that is not one's own, say).
/// </summary>
public sealed class ForbiddenException(string message = "You may not do this.", string? subjectType = null, Guid? subjectId = null)
    : Exception(message)
{
    public string? SubjectType { get; } = subjectType;
    public Guid? SubjectId { get; } = subjectId;
}

/// <summary>No user is signed in.</summary>
public sealed class UnauthenticatedException() : Exception("Sign in first.");
