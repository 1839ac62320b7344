using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using CaseManagement.Domain.Units;
using CaseManagement.Application.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Application.Data.Configurations;

internal sealed class KafalaPlacementConfiguration : IEntityTypeConfiguration<KafalaPlacement>
{
    public void Configure(EntityTypeBuilder<KafalaPlacement> b)
    {
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.ResponsibleId).OnDelete(DeleteBehavior.Restrict); // a real person, checked by UserAccess
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.UnitId, p.Status });
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        b.Ignore(p => p.IsAbroad);
        b.Ignore(p => p.NationalityEligibleOn);
        // Texts kept as JSON carry their length too: it is the limit every input is checked against (InputLimits).
        b.ComplexProperty(p => p.Abandonment, a =>
        {
            a.ToJson();
            a.Property(x => x.Court).HasMaxLength(200);
            a.Property(x => x.FileNumber).HasMaxLength(64);
        });
        b.ComplexCollection(p => p.Kafils, k =>
        {
            k.ToJson();
            k.Property(x => x.FullName).HasTextLength(200);
            k.Property(x => x.FullNameAr).HasTextLength(200);
            k.Property(x => x.IdentityDocument).HasTextLength(64);
            k.Property(x => x.Nationality).HasTextLength(2);
            k.Property(x => x.Occupation).HasTextLength(200);
            k.Property(x => x.Address).HasTextLength(500);
            k.Property(x => x.CountryOfResidence).HasTextLength(2);
            k.Property(x => x.Consulate).HasTextLength(200);
            k.Property(x => x.DocumentsChecked).HasTextLength(1000);
        });
        b.ComplexProperty(p => p.Procedure, p =>
        {
            p.ToJson();
            p.Property(x => x.RequestCourt).HasMaxLength(200);
            p.Property(x => x.RequestFileNumber).HasMaxLength(64);
            p.Property(x => x.InquiryConclusion).HasMaxLength(2000);
            p.Property(x => x.OrderNumber).HasMaxLength(64);
            p.Property(x => x.Court).HasMaxLength(200);
            p.Property(x => x.Appeal).HasMaxLength(1000);
            p.Property(x => x.HandOverPlace).HasMaxLength(200);
            p.Property(x => x.HandOverReportReference).HasMaxLength(64);
        });
        b.ComplexProperty(p => p.Abroad, a =>
        {
            a.ToJson();
            a.Property(x => x.DepartmentReference).HasMaxLength(64);
            a.Property(x => x.DestinationCountry).HasMaxLength(2);
            a.Property(x => x.LeaveAuthorisationReference).HasMaxLength(64);
        });
        b.ComplexProperty(p => p.End, e =>
        {
            e.ToJson();
            e.Property(x => x.DecisionReference).HasMaxLength(64);
        });
        b.HasMany(p => p.Transitions).WithOne().HasForeignKey("KafalaPlacementId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class KafalaReportConfiguration : IEntityTypeConfiguration<KafalaReport>
{
    public void Configure(EntityTypeBuilder<KafalaReport> b)
    {
        b.HasOne<KafalaPlacement>().WithMany().HasForeignKey(r => r.PlacementId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Type).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.Concerns).HasMaxLength(4000);
        b.Property(r => r.Actions).HasMaxLength(4000);
        b.Ignore(r => r.SentToJudge);
        b.ComplexCollection(r => r.Findings, f =>
        {
            f.ToJson();
            f.Property(x => x.Finding).HasTextLength(1000);
        });
    }
}

internal sealed class PlacementTransitionConfiguration : IEntityTypeConfiguration<PlacementTransition>
{
    public void Configure(EntityTypeBuilder<PlacementTransition> b)
    {
        b.ToTable("PlacementTransitions");
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.From).HasMaxLength(24);
        b.Property(t => t.To).HasMaxLength(24);
        b.Property(t => t.Reference).HasMaxLength(200);
        b.HasIndex(t => new { t.To, t.Date });
    }
}

internal sealed class EstablishmentConfiguration : IEntityTypeConfiguration<Establishment>
{
    public void Configure(EntityTypeBuilder<Establishment> b)
    {
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.NameAr).HasMaxLength(200);
        b.Property(e => e.Category).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.AuthorisationNumber).HasMaxLength(64);
        b.Property(e => e.ManagingBody).HasMaxLength(200);
        b.Property(e => e.CommuneCode).HasMaxLength(16);
        b.Property(e => e.Director).HasMaxLength(200);
        b.Property(e => e.Contacts).HasMaxLength(500);
        b.Ignore(e => e.HasProject);
        b.Ignore(e => e.HasInternalRules);
    }
}

internal sealed class EpsPlacementConfiguration : IEntityTypeConfiguration<EpsPlacement>
{
    public void Configure(EntityTypeBuilder<EpsPlacement> b)
    {
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.ResponsibleId).OnDelete(DeleteBehavior.Restrict); // a real person, checked by UserAccess
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Establishment>().WithMany().HasForeignKey(p => p.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.EstablishmentId, p.Status });
        b.HasIndex(p => new { p.UnitId, p.AdmittedOn });
        b.HasIndex(p => new { p.UnitId, p.ExitDate });
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.LegalBasis).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.ExitReason).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.DecisionReference).HasMaxLength(64);
        b.Property(p => p.Reason).HasMaxLength(2000);
        b.Property(p => p.PeiObjectives).HasMaxLength(4000);
        b.Property(p => p.FamilyContactPlan).HasMaxLength(2000);
        b.Property(p => p.ExitDestination).HasMaxLength(200);
        b.ComplexCollection(p => p.Incidents, i =>
        {
            i.ToJson();
            i.Property(x => x.Description).HasTextLength(2000);
            i.Property(x => x.Action).HasTextLength(1000);
        });
        b.HasMany(p => p.Transitions).WithOne().HasForeignKey("EpsPlacementId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlacementFollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.HasOne<KafalaPlacement>().WithMany().HasForeignKey(f => f.KafalaPlacementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EpsPlacement>().WithMany().HasForeignKey(f => f.EpsPlacementId).OnDelete(DeleteBehavior.Restrict);
    }
}
