using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Referrals;
using CaseManagement.Domain.Units;
using CaseManagement.Application.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Application.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property(c => c.Number).HasMaxLength(48);
        b.HasIndex(c => c.Number).IsUnique();
        // The case lists' order (urgent, then oldest), read by key: the unit's, by status, by assignee (none for the queue).
        b.HasIndex(c => new { c.UnitId, c.Urgent, c.CreatedAt, c.Number });
        b.HasIndex(c => new { c.UnitId, c.Status, c.Urgent, c.CreatedAt, c.Number });
        b.HasIndex(c => new { c.UnitId, c.AssignedTo, c.Urgent, c.CreatedAt, c.Number });
        // The unit dashboard's groups of active cases (caseloads, concerns, communes, statuses), from the index alone.
        b.HasIndex(c => new { c.UnitId, c.Status, c.AssignedTo, c.Urgent, c.RiskLevel, c.ChildId, c.Id });
        b.HasIndex(c => c.ChildId);
        // The monthly report's indexes (by status, by the day of each step it counts) are in ReportIndexes.
        b.HasIndex(c => new { c.UnitId, c.OpenedOn });
        b.HasIndex(c => new { c.UnitId, c.ReportedToProsecutorOn });
        // Decisions waiting: the few submitted plans and closures of a unit, found without reading the JSON of every case.
        b.Property(c => c.PlanState).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.ClosureState).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(c => new { c.UnitId, c.PlanState });
        b.HasIndex(c => new { c.UnitId, c.ClosureState });
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AssignedTo).OnDelete(DeleteBehavior.Restrict); // a real person, checked by UserAccess
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.RiskLevel).HasConversion<string>().HasMaxLength(8);
        b.Property(c => c.NotRetainedReason).HasConversion<string>().HasMaxLength(32);
        b.Ignore(c => c.PrimaryConcern);
        b.Ignore(c => c.ReportedToProsecutor);
        b.Ignore(c => c.IsActive);

        b.ComplexProperty(c => c.Intake, i =>
        {
            i.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
            i.Property(x => x.Source).HasConversion<string>().HasMaxLength(24);
            i.Property(x => x.PlaceOfOccurrence).HasConversion<string>().HasMaxLength(16);
            i.Property(x => x.PerpetratorRelationship).HasConversion<string>().HasMaxLength(24);
            i.Property(x => x.ReporterName).HasMaxLength(200);
            i.Property(x => x.ReporterContact).HasMaxLength(200);
            i.Property(x => x.CommuneCode).HasMaxLength(16);
            i.Property(x => x.ImmediateActions).HasMaxLength(2000);
            i.Property(x => x.Summary).HasMaxLength(4000);
        });
        b.Ignore(c => c.ProsecutorReport);
        b.Property(c => c.ReportedToProsecutorOn).HasColumnName("ProsecutorReport_ReportedOn");
        b.Property(c => c.ProsecutorReference).HasColumnName("ProsecutorReport_Reference").HasMaxLength(64);
        b.ComplexProperty(c => c.JudicialMeasure, j =>
        {
            j.Property(x => x.Court).HasMaxLength(200);
            j.Property(x => x.JudgeType).HasConversion<string>().HasMaxLength(24);
            j.Property(x => x.FileNumber).HasMaxLength(64);
            j.Property(x => x.Decision).HasMaxLength(2000);
        });
        // Texts kept as JSON carry their length too: it is the limit every input is checked against (InputLimits).
        b.ComplexProperty(c => c.Assessment, a =>
        {
            a.ToJson();
            a.Property(x => x.Narrative).HasMaxLength(4000);
            a.ComplexCollection(x => x.Findings, f => f.Property(x => x.Finding).HasTextLength(1000));
        });
        b.ComplexProperty(c => c.Plan, p =>
        {
            p.ToJson();
            p.Property(x => x.DecisionComment).HasMaxLength(2000);
            p.PrimitiveCollection(x => x.Objectives).ElementType(e => e.HasMaxLength(500));
            p.ComplexCollection(x => x.Actions, a =>
            {
                a.Property(x => x.What).HasTextLength(500);
                a.Property(x => x.Who).HasTextLength(200);
            });
        });
        b.ComplexProperty(c => c.Closure, p =>
        {
            p.ToJson();
            p.Property(x => x.DecisionComment).HasMaxLength(2000);
            p.Property(x => x.Summary).HasMaxLength(4000);
        });

        b.OwnsMany(c => c.Concerns, concern =>
        {
            concern.ToTable("CaseConcerns");
            concern.WithOwner().HasForeignKey("CaseId");
            concern.HasKey("CaseId", nameof(CaseConcern.Code));
            concern.Property(x => x.Code).HasMaxLength(16);
            concern.HasIndex(x => x.Code);
            concern.HasIndex("CaseId", nameof(CaseConcern.IsPrimary), nameof(CaseConcern.Code)); // a case's primary concern, from the index alone
        });
        b.Navigation(c => c.Concerns).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasMany(c => c.Transitions).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Assignments).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseTransitionConfiguration : IEntityTypeConfiguration<CaseTransition>
{
    public void Configure(EntityTypeBuilder<CaseTransition> b)
    {
        b.ToTable("CaseTransitions");
        b.Property(t => t.Id).ValueGeneratedNever();
        b.HasIndex("CaseId", nameof(CaseTransition.At)); // a case's status at a given moment // set by the domain: a new row found through Case.Transitions is an insert
        b.Property(t => t.From).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.To).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Reason).HasMaxLength(1000);
    }
}

internal sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> b)
    {
        b.ToTable("CaseAssignments");
        b.Property(a => a.Id).ValueGeneratedNever();
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.Property(n => n.Text).HasMaxLength(8000);
        b.Property(n => n.Sensitivity).HasConversion<string>().HasMaxLength(16);
        b.Ignore(n => n.IsRestricted);
        b.HasIndex(n => n.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(64);
        b.HasIndex(a => a.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> b)
    {
        b.HasKey(c => c.AttachmentId);
        b.HasOne<CaseAttachment>().WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Purpose).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Note).HasMaxLength(2000);
        b.Property(f => f.Outcome).HasMaxLength(4000);
        b.Property(f => f.Fulfilment).HasConversion<string>().HasMaxLength(30);
        // The lists' order (due, then id), read by key; the assignee and the kind ride along so that the overdue counts per
        // worker (unit dashboard) and per kind (a worker's home) are read from the index alone.
        b.HasIndex(f => new { f.UnitId, f.Status, f.DueOn, f.Id, f.AssigneeId });
        b.HasIndex(f => new { f.AssigneeId, f.Status, f.DueOn, f.Id, f.Kind });
        // What changed since the reminder run's last pass (ReminderCheckpoint).
        b.HasIndex(f => new { f.UnitId, f.Status, f.ChangedAt });
        b.HasOne<AppUser>().WithMany().HasForeignKey(f => f.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => f.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.NameAr).HasMaxLength(200);
        b.Property(p => p.Type).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.CommuneCode).HasMaxLength(16);
        b.Property(p => p.Contact).HasMaxLength(500);
        b.PrimitiveCollection(p => p.Services).ElementType(e => e.HasMaxLength(200));
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(r => r.Service).HasMaxLength(200);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.InformationShared).HasMaxLength(2000);
        b.Property(r => r.ConsentGivenBy).HasMaxLength(200);
        b.Property(r => r.ConsentOverrideReason).HasMaxLength(1000);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.Feedback).HasMaxLength(4000);
        b.Property(r => r.Outcome).HasMaxLength(2000);
        b.HasIndex(r => r.CaseId);
        b.HasIndex(r => new { r.UnitId, r.Status, r.ExpectedResponseOn });
        b.HasIndex(r => new { r.UnitId, r.SentOn });
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceDeliveryConfiguration : IEntityTypeConfiguration<ServiceDelivery>
{
    public void Configure(EntityTypeBuilder<ServiceDelivery> b)
    {
        b.ToTable("ServiceDeliveries");
        b.Property(s => s.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.Provider).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Note).HasMaxLength(ServiceDelivery.NoteMaxLength);
        b.HasIndex(s => s.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
