using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;

namespace CaseManagement.Application.Auditing;

/// <summary>Adds audit entries to the current unit of work; the caller's SaveChanges writes them with the data.</summary>
public sealed class AuditTrail(CaseDbContext db, ICurrentUser user, TimeProvider clock)
{
    public void Record(AuditAction action, string subjectType, Guid? subjectId, Guid? unitId = null, Guid? userId = null) =>
        db.AuditEntries.Add(AuditEntries.New(user, clock, action, subjectType, subjectId, unitId, userId: userId));
}

internal static class AuditEntries
{
    public static AuditEntry New(
        ICurrentUser user, TimeProvider clock, AuditAction action, string subjectType, Guid? subjectId,
        Guid? unitId = null, string? changedFields = null, Guid? userId = null) =>
        new(clock.GetUtcNow(),
            userId ?? (user.IsAuthenticated ? user.Id : null),
            action,
            subjectType,
            subjectId?.ToString(),
            unitId ?? (user.IsAuthenticated ? user.UnitId : null),
            user.IpAddress,
            changedFields);
}
