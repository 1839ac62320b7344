namespace CaseManagement.Domain.Auditing;

public enum AuditAction
{
    Read,
    Create,
    Update,
    Export,
    Print,
    Login,
    LoginFailed,
    Logout,
    AccessDenied,
    ConsentOverride,
    Anonymise,

    /// <summary>A search, list or duplicate check that showed children: its kind and the records shown, never the query.</summary>
    Search,
}

/// <summary>
/// One append-only line of the audit trail: who did what to which record, when and from where.
/// It holds identifiers and field names only, never the values of personal data.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        SubjectType = string.Empty;
    }

    public AuditEntry(
        DateTimeOffset at, Guid? userId, AuditAction action, string subjectType, Guid? subjectId,
        Guid? unitId, string? ipAddress, string? changedFields = null, string? detail = null)
    {
        At = at;
        UserId = userId;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        UnitId = unitId;
        IpAddress = ipAddress;
        ChangedFields = changedFields;
        Detail = detail is { Length: > DetailMaxLength } ? detail[..DetailMaxLength] : detail;
    }

    public const int DetailMaxLength = 4000;

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? UserId { get; private set; }
    public AuditAction Action { get; private set; }
    public string SubjectType { get; private set; }
    public Guid? SubjectId { get; private set; }

    /// <summary>The unit the record belongs to, so supervisors see their own unit's trail.</summary>
    public Guid? UnitId { get; private set; }
    public string? IpAddress { get; private set; }

    /// <summary>Comma-separated names of the fields a change touched.</summary>
    public string? ChangedFields { get; private set; }

    /// <summary>
    /// What else identifies the event, as codes and ids only: the document exported from a case (<c>CaseSummary</c>,
    /// <c>CaseAttachment:{id}</c>), or a search's kind and the records it showed (<c>ChildSearch:{id},{id}</c>).
    /// </summary>
    public string? Detail { get; private set; }
}
