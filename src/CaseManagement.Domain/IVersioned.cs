namespace CaseManagement.Domain;

/// <summary>
/// An editable aggregate protected by optimistic concurrency. The data layer keeps the token in a shadow
/// column named <c>Version</c> (rowversion on SQL Server, a token renewed on every save on SQLite).
/// </summary>
public interface IVersioned;

/// <summary>An entity whose creation and changes are written to the audit trail (field names, never values).</summary>
public interface IAudited
{
    Guid Id { get; }
}
