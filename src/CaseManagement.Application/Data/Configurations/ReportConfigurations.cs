using CaseManagement.Domain.Activities;
using CaseManagement.Domain.Reference;
using CaseManagement.Domain.Reports;
using CaseManagement.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Application.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Commune>().WithMany().HasForeignKey(a => a.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.UnitId, a.Date });
        b.Property(a => a.Type).HasConversion<string>().HasMaxLength(24);
        b.Property(a => a.CoordinationKind).HasConversion<string>().HasMaxLength(24);
        b.Property(a => a.Milieu).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.Place).HasMaxLength(200);
        b.Property(a => a.CommuneCode).HasMaxLength(16);
        b.Property(a => a.Topic).HasMaxLength(500);
        b.Property(a => a.Organisers).HasMaxLength(500);
        b.Property(a => a.Hours).HasPrecision(6, 2);
        b.ComplexProperty(a => a.Participants, p =>
        {
            p.Ignore(x => x.Children);
            p.Ignore(x => x.Parents);
            p.Ignore(x => x.Professionals);
            p.Ignore(x => x.Total);
        });
        b.ComplexCollection(a => a.Trainees, t =>
        {
            t.ToJson();
            t.Property(x => x.Name).HasTextLength(200);
            t.Property(x => x.Organisation).HasTextLength(200);
        });
    }
}

internal sealed class MonthlyReportConfiguration : IEntityTypeConfiguration<MonthlyReport>
{
    public void Configure(EntityTypeBuilder<MonthlyReport> b)
    {
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        // One report per unit, month and edition: the draft job may run twice or on two servers, the database decides.
        b.HasIndex(r => new { r.UnitId, r.Year, r.Month, r.Edition }).IsUnique();
        b.HasIndex(r => new { r.Year, r.Month, r.Status });
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.SnapshotHash).HasMaxLength(64).IsUnicode(false);
        b.Property(r => r.Addressees).HasMaxLength(500);
        b.Property(r => r.CorrectionReason).HasMaxLength(1000);
        b.Ignore(r => r.IsPublished);
        b.ComplexProperty(r => r.Narratives, n =>
        {
            foreach (var property in typeof(ReportNarratives).GetProperties().Where(p => p.PropertyType == typeof(string)))
                n.Property(property.Name).HasMaxLength(ReportNarratives.MaxLength);
        });
    }
}

internal sealed class MonthlyReportFileConfiguration : IEntityTypeConfiguration<MonthlyReportFile>
{
    public void Configure(EntityTypeBuilder<MonthlyReportFile> b)
    {
        b.HasKey(f => new { f.ReportId, f.Language });
        b.Property(f => f.Language).HasMaxLength(2);
        b.HasOne<MonthlyReport>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
