using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseManagement.Application.Auditing;

/// <summary>
/// On every save, adds one Create or Update entry per audited entity being written, naming the changed fields
/// (never their values). Being in SaveChanges, it covers every path that writes, and it commits or rolls back
/// with the data.
/// </summary>
public sealed class AuditChangesInterceptor(ICurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Derived or secret columns: never named (a password change shows as "Password", its hash never).</summary>
    private static readonly HashSet<string> Hidden =
    [
        CaseDbContext.VersionProperty, "SearchText", "NameKey", "NameKeyAr", "BirthYear", "ChangedAt",
        "SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName",
    ];

    private static readonly Dictionary<string, string> Renamed = new() { ["PasswordHash"] = "Password" };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is not CaseDbContext db)
            return;

        var entries = db.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified)
            .ToList();
        foreach (var entry in entries)
        {
            var action = entry.State == EntityState.Added ? AuditAction.Create : AuditAction.Update;
            var fields = action == AuditAction.Update ? ChangedFields(entry) : null;
            if (action == AuditAction.Update && string.IsNullOrEmpty(fields))
                continue;
            db.AuditEntries.Add(AuditEntries.New(user, clock, action, entry.Metadata.ClrType.Name, ((IAudited)entry.Entity).Id,
                UnitOf(entry), fields));
        }
    }

    /// <summary>The name a changed column is recorded under (null: never recorded); each has a label <c>Field.{name}</c>.</summary>
    public static string? FieldName(string property) =>
        Hidden.Contains(property) ? null
        : Renamed.TryGetValue(property, out var renamed) ? renamed
        : property.StartsWith('_') ? char.ToUpperInvariant(property[1]) + property[2..] // a backing field: the property people know
        : property;

    private static string ChangedFields(EntityEntry entry)
    {
        var names = entry.Properties.Where(p => p.IsModified && FieldName(p.Metadata.Name) is not null).Select(p => FieldName(p.Metadata.Name)!)
            .Concat(entry.ComplexProperties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
            .Concat(entry.ComplexCollections.Where(p => p.IsModified).Select(p => p.Metadata.Name));
        return string.Join(',', names.Distinct());
    }

    private static Guid? UnitOf(EntityEntry entry) =>
        entry.Entity is Unit unit ? unit.Id
        : entry.Metadata.FindProperty("UnitId") is { } property ? entry.Property(property.Name).CurrentValue as Guid?
        : null;
}
