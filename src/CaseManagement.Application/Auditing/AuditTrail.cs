using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;

namespace CaseManagement.Application.Auditing;

/// <summary>Adds audit entries to the current unit of work; the caller's SaveChanges writes them with the data.</summary>
public sealed class AuditTrail(CaseDbContext db, ICurrentUser user, TimeProvider clock)
{
    public void Record(AuditAction action, string subjectType, Guid? subjectId, Guid? unitId = null, Guid? userId = null, string? detail = null) =>
        db.AuditEntries.Add(AuditEntries.New(user, clock, action, subjectType, subjectId, unitId, userId: userId, detail: detail));

    /// <summary>The kinds of search recorded (labels <c>Audit.Search.{kind}</c>).</summary>
    public static readonly IReadOnlyList<string> SearchKinds = ["ChildSearch", "DuplicateCheck", "CaseList", "EstablishmentChildren"];

    /// <summary>The documents an export names (labels <c>Audit.Document.{kind}</c>).</summary>
    public static readonly IReadOnlyList<string> Documents = ["CaseSummary", "ProsecutorLetter", "ReferralLetter", "CaseAttachment", "KafalaReport"];

    /// <summary>Subjects written by name rather than by an entity's type (labels <c>Audit.Subject.{name}</c>).</summary>
    public static readonly IReadOnlyList<string> NamedSubjects = ["KafalaRestricted", "PartnerEdition", "User"];

    /// <summary>A document made from a case, filed under the case (its own access log shows it): the document's kind and id.</summary>
    public void RecordExport(Guid caseId, Guid unitId, string document, Guid? documentId = null) =>
        Record(AuditAction.Export, "Case", caseId, unitId, detail: documentId is null ? document : $"{document}:{documentId}");

    /// <summary>A search or list that showed children: its kind and the records shown (never what was typed).</summary>
    public void RecordSearch(string kind, IEnumerable<Guid> shown, Guid? unitId = null) =>
        Record(AuditAction.Search, kind, null, unitId, detail: $"{kind}:{string.Join(',', shown)}");
}

internal static class AuditEntries
{
    public static AuditEntry New(
        ICurrentUser user, TimeProvider clock, AuditAction action, string subjectType, Guid? subjectId,
        Guid? unitId = null, string? changedFields = null, Guid? userId = null, string? detail = null) =>
        new(clock.GetUtcNow(),
            userId ?? (user.IsAuthenticated ? user.Id : null),
            action,
            subjectType,
            subjectId,
            unitId ?? (user.IsAuthenticated && user.UnitId != Guid.Empty ? user.UnitId : null),
            user.IpAddress,
            changedFields,
            detail);
}
