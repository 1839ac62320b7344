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
    private static readonly HashSet<string> Hidden = [CaseDbContext.VersionProperty, "SearchText", "NameKey", "NameKeyAr", "BirthYear"];

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

    private static string ChangedFields(EntityEntry entry)
    {
        var names = entry.Properties.Where(p => p.IsModified && !Hidden.Contains(p.Metadata.Name)).Select(p => p.Metadata.Name)
            .Concat(entry.ComplexProperties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
            .Concat(entry.ComplexCollections.Where(p => p.IsModified).Select(p => p.Metadata.Name));
        return string.Join(',', names.Distinct());
    }

    private static Guid? UnitOf(EntityEntry entry) =>
        entry.Entity is Unit unit ? unit.Id
        : entry.Metadata.FindProperty("UnitId") is { } property ? entry.Property(property.Name).CurrentValue as Guid?
        : null;
}
