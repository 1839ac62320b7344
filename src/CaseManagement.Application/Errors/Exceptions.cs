namespace CaseManagement.Application.Errors;

/// <summary>The record does not exist, or the user may not know it exists.</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} {key} was not found.")
{
    public string Entity { get; } = entity;
}

/// <summary>The user is known but may not do this.</summary>
public sealed class ForbiddenException(string message = "You may not do this.") : Exception(message);

/// <summary>No user is signed in.</summary>
public sealed class UnauthenticatedException() : Exception("Sign in first.");
