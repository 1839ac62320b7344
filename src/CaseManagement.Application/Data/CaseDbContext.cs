using CaseManagement.Application.Data.Configurations;
using CaseManagement.Application.Security;
using CaseManagement.Domain;
using CaseManagement.Domain.Activities;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Notifications;
using CaseManagement.Domain.Placements;
using CaseManagement.Domain.Referrals;
using CaseManagement.Domain.Reference;
using CaseManagement.Domain.Reports;
using CaseManagement.Domain.Units;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseManagement.Application.Data;

public sealed class CaseDbContext(DbContextOptions<CaseDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The shadow concurrency column of every <see cref="IVersioned"/> entity.</summary>
    public const string VersionProperty = "Version";

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Child> Children => Set<Child>();
    public DbSet<ChildNameToken> ChildNameTokens => Set<ChildNameToken>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<FileNumberSequence> FileNumberSequences => Set<FileNumberSequence>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<KafalaPlacement> KafalaPlacements => Set<KafalaPlacement>();
    public DbSet<KafalaReport> KafalaReports => Set<KafalaReport>();
    public DbSet<Establishment> Establishments => Set<Establishment>();
    public DbSet<EpsPlacement> EpsPlacements => Set<EpsPlacement>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ReminderCheckpoint> ReminderCheckpoints => Set<ReminderCheckpoint>();
    public DbSet<ServiceDelivery> ServiceDeliveries => Set<ServiceDelivery>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<MonthlyReport> MonthlyReports => Set<MonthlyReport>();
    public DbSet<MonthlyReportFile> MonthlyReportFiles => Set<MonthlyReportFile>();

    /// <summary>Keys that protect cookies and tokens, shared by every app server and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset text; store it as a sortable number.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseDbContext).Assembly);

        var sqlServer = Database.IsSqlServer();
        ReportIndexes.Configure(builder, sqlServer);

        // Search words compare by code point on both providers, so a prefix is the range [word, word + U+FFFF).
        if (sqlServer)
            builder.Entity<ChildNameToken>().Property(t => t.Token).UseCollation("Latin1_General_100_BIN2");

        // Few follow-ups belong to a placement: index only those, or the planner sees a million NULLs and scans instead.
        foreach (var column in new[] { nameof(FollowUp.KafalaPlacementId), nameof(FollowUp.EpsPlacementId) })
            builder.Entity<FollowUp>().HasIndex(column).HasFilter(sqlServer ? $"[{column}] IS NOT NULL" : $"\"{column}\" IS NOT NULL");

        // A child is in one establishment at a time: the admission checks it, and this index holds it when two admit at once.
        builder.Entity<Domain.Placements.EpsPlacement>().HasIndex([nameof(Domain.Placements.EpsPlacement.ChildId)], "OneOpenEpsPlacementPerChild")
            .HasDatabaseName("IX_EpsPlacements_ChildId_Open").IsUnique()
            .HasFilter(sqlServer ? "[Status] <> 'Exited'" : "\"Status\" <> 'Exited'");
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            var version = builder.Entity(entity.ClrType).Property<byte[]>(VersionProperty);
            if (sqlServer)
                version.IsRowVersion();
            else
                version.IsConcurrencyToken().IsRequired();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        var turn = WriteTurn;
        if (turn is null)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await turn.EnterAsync(cancellationToken); // the process's turn to write on SQLite (WriteGate)
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            turn.Exit();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        var turn = WriteTurn;
        turn?.Enter();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            turn?.Exit();
        }
    }

    /// <summary>The unit of work's turn to write, when the application configured one (tools and benchmarks do not).</summary>
    private WriteTurn? WriteTurn => _writeTurn ??= Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions>(this).FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()
        ?.Interceptors?.OfType<WriteTurnCarrier>().FirstOrDefault()?.Turn;

    private WriteTurn? _writeTurn;

    private void PrepareForSave()
    {
        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The audit trail is append-only.");
        }

        if (Database.IsSqlServer())
            return; // SQL Server renews rowversion itself.

        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Property<byte[]>(VersionProperty).CurrentValue = Guid.NewGuid().ToByteArray();
        }
    }
}
