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
        DateTimeOffset at, Guid? userId, AuditAction action, string subjectType, string? subjectId,
        Guid? unitId, string? ipAddress, string? changedFields = null)
    {
        At = at;
        UserId = userId;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        UnitId = unitId;
        IpAddress = ipAddress;
        ChangedFields = changedFields;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? UserId { get; private set; }
    public AuditAction Action { get; private set; }
    public string SubjectType { get; private set; }
    public string? SubjectId { get; private set; }

    /// <summary>The unit the record belongs to, so supervisors see their own unit's trail.</summary>
    public Guid? UnitId { get; private set; }
    public string? IpAddress { get; private set; }

    /// <summary>Comma-separated names of the fields a change touched.</summary>
    public string? ChangedFields { get; private set; }
}
