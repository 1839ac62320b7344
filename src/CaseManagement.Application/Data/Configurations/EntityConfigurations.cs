using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.Reference;
using CaseManagement.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Application.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.NameAr).HasMaxLength(200);
        b.Property(u => u.Code).HasMaxLength(Unit.CodeMaxLength);
        b.Property(u => u.TimeZoneId).HasMaxLength(64);
        b.HasIndex(u => u.Code).IsUnique();
        b.HasOne<Province>().WithMany().HasForeignKey(u => u.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        b.ComplexProperty(u => u.Standards);
        b.ComplexProperty(u => u.Reminders);
    }
}

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b)
    {
        b.Property(p => p.Code).HasMaxLength(Province.CodeMaxLength);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.NameAr).HasMaxLength(200);
        b.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.PreferredCulture).HasMaxLength(8);
        b.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Province>().WithMany().HasForeignKey(u => u.ProvinceId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => new { u.DisplayName, u.Id }); // the accounts list's order, read by key
        b.HasIndex(u => new { u.UnitId, u.DisplayName, u.Id }); // one unit's accounts, in that order
    }
}

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> b)
    {
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(16);
        b.Property(c => c.Name).HasMaxLength(120);
        b.Property(c => c.NameAr).HasMaxLength(120);
        b.Property(c => c.Milieu).HasConversion<string>().HasMaxLength(8);
    }
}

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> b)
    {
        b.Property(c => c.FileNumber).HasMaxLength(32);
        b.HasIndex(c => c.FileNumber).IsUnique();
        b.HasIndex(c => new { c.UnitId, c.NameKey, c.BirthYear });
        b.HasIndex(c => new { c.UnitId, c.NameKeyAr, c.BirthYear });
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Commune>().WithMany().HasForeignKey(c => c.CommuneCode).OnDelete(DeleteBehavior.Restrict);

        foreach (var name in new[] { nameof(Child.GivenName), nameof(Child.FamilyName), nameof(Child.GivenNameAr), nameof(Child.FamilyNameAr) })
            b.Property(name).HasMaxLength(100);
        b.Property(c => c.NameKey).HasMaxLength(201);
        b.Property(c => c.NameKeyAr).HasMaxLength(201);
        b.Property(c => c.SearchText).HasMaxLength(450);
        b.Property(c => c.Nationality).HasMaxLength(2);
        b.Property(c => c.Address).HasMaxLength(500);
        b.Property(c => c.DisabilityNotes).HasMaxLength(500);
        b.Property(c => c.Sex).HasConversion<string>().HasMaxLength(8);
        b.Property(c => c.Schooling).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.CommuneCode).HasMaxLength(16);
        b.Ignore(c => c.DisplayName);
        // The words a search reads by prefix; loaded with the child so an edit changes only the words that changed.
        b.HasMany(c => c.NameTokens).WithOne().HasForeignKey("ChildId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.NameTokens).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        b.HasIndex(c => new { c.UnitId, c.CreatedAt, c.FileNumber }); // the list's order, read by key
        b.HasIndex(c => new { c.Id, c.CommuneCode }); // a child's commune by its id, from the index alone (dashboard)

        b.ComplexProperty(c => c.CivilRegistration, cr =>
        {
            cr.Property(r => r.CommuneCode).HasMaxLength(16);
            cr.Property(r => r.ActNumber).HasMaxLength(32);
        });
        b.Ignore(c => c.FamilyMembers);
        b.ComplexCollection<List<FamilyMember>, FamilyMember>("_familyMembers", fm =>
        {
            fm.ToJson("FamilyMembers");
            fm.Property(m => m.Relationship).HasConversion<string>();
            fm.Property(m => m.Name).HasTextLength(200);
            fm.Property(m => m.Phone).HasTextLength(32);
        });
    }
}

internal sealed class ChildNameTokenConfiguration : IEntityTypeConfiguration<ChildNameToken>
{
    public void Configure(EntityTypeBuilder<ChildNameToken> b)
    {
        b.ToTable("ChildNameTokens");
        b.HasKey("ChildId", nameof(ChildNameToken.Token));
        b.Property(t => t.Token).HasMaxLength(ChildNameToken.MaxLength);
        b.HasIndex(nameof(ChildNameToken.UnitId), nameof(ChildNameToken.Token), "ChildId"); // a prefix is a range of this index, which holds the child too
    }
}

internal sealed class FileNumberSequenceConfiguration : IEntityTypeConfiguration<FileNumberSequence>
{
    public void Configure(EntityTypeBuilder<FileNumberSequence> b)
    {
        b.HasKey(s => new { s.UnitId, s.Year });
        b.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.SubjectType).HasMaxLength(64);
        b.Property(a => a.IpAddress).HasMaxLength(64);
        b.Property(a => a.ChangedFields).HasMaxLength(2000);
        b.Property(a => a.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        // Pages of the trail are read newest first by key (Id) within what a reader may see: a record, a unit, a person.
        b.HasIndex(a => new { a.SubjectType, a.SubjectId, a.Id });
        b.HasIndex(a => new { a.UnitId, a.Id });
        b.HasIndex(a => new { a.UserId, a.Id });
        b.HasIndex(a => new { a.Action, a.At });
    }
}

internal sealed class ReminderCheckpointConfiguration : IEntityTypeConfiguration<Domain.Notifications.ReminderCheckpoint>
{
    public void Configure(EntityTypeBuilder<Domain.Notifications.ReminderCheckpoint> b)
    {
        b.HasKey(c => c.UnitId);
        b.Property(c => c.Thresholds).HasMaxLength(32);
        b.HasOne<Domain.Units.Unit>().WithOne().HasForeignKey<Domain.Notifications.ReminderCheckpoint>(c => c.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Domain.Notifications.Notification>
{
    public void Configure(EntityTypeBuilder<Domain.Notifications.Notification> b)
    {
        b.Property(n => n.Rule).HasConversion<string>().HasMaxLength(32);
        b.Property(n => n.SubjectType).HasMaxLength(32);
        b.Property(n => n.Reference).HasMaxLength(64);
        // Exactly once: the database, not the job, guarantees one reminder per rule, record, person and date.
        b.HasIndex(n => new { n.Rule, n.SubjectId, n.UserId, n.DueOn }).IsUnique();
        b.HasIndex(n => new { n.UserId, n.CreatedAt, n.Id }); // the list, newest first, read by key
        b.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt, n.Id }); // unread: the bell's count and list
        b.HasIndex(n => new { n.UserId, n.EmailedAt });
        b.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
