using CaseManagement.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Data;

/// <summary>
/// Both migration sets must describe today's model. SQL Server cannot run here, so its side is checked without a
/// server: no pending model change, and the idempotent script is generated with the provider-specific types.
/// </summary>
public sealed class MigrationsTests
{
    private static CaseDbContext Context(string provider, string? sqlite = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:CaseManagement"] = provider == "SqlServer"
                ? "Server=localhost;Database=CaseManagement;Trusted_Connection=True;TrustServerCertificate=True"
                : sqlite ?? "Data Source=:memory:",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddScoped<CaseManagement.Application.Security.ICurrentUser, NobodyUser>()
            .AddCaseData(configuration, Path.GetTempPath())
            .BuildServiceProvider();
        return services.CreateScope().ServiceProvider.GetRequiredService<CaseDbContext>();
    }

    [TestCase("Sqlite")]
    [TestCase("SqlServer")]
    public void The_migrations_match_the_model(string provider)
    {
        using var db = Context(provider);
        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"run migrations/add.sh <Name> to add a migration for both providers ({provider} is behind)");
    }

    [Test]
    public void The_sql_server_script_uses_rowversion_and_unicode_columns()
    {
        using var db = Context("SqlServer");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.That(script, Does.Contain("rowversion").And.Contain("nvarchar(100)").And.Contain("IF NOT EXISTS"));
    }

    [Test]
    public void Sql_server_retries_transient_failures()
    {
        using var db = Context("SqlServer");
        Assert.That(db.Database.CreateExecutionStrategy().RetriesOnFailure, Is.True);
    }

    [Test]
    public async Task A_unit_created_before_the_settings_existed_gets_the_documented_defaults_on_upgrade()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cm-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            using var db = Context("Sqlite", $"Data Source={file}");
            var migrator = db.GetService<IMigrator>();
            var initial = db.Database.GetMigrations().First();
            await migrator.MigrateAsync(initial);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Units (Id, Name, NameAr, Code, TimeZoneId, Version) VALUES ('8B1E5C1E-0000-0000-0000-000000000001', 'UPE', 'وحدة', 'OLD', 'Africa/Casablanca', X'00')");
            await migrator.MigrateAsync();

            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "OLD");
            Assert.That(unit.Standards, Is.EqualTo(new CaseManagement.Domain.Units.TimelinessStandards()));
            Assert.That(unit.Reminders, Is.EqualTo(new CaseManagement.Domain.Units.ReminderSettings()));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private sealed class NobodyUser : CaseManagement.Application.Security.ICurrentUser
    {
        public bool IsAuthenticated => false;
        public Guid Id => Guid.Empty;
        public Guid UnitId => Guid.Empty;
        public Guid? ProvinceId => null;
        public string TimeZoneId => "Africa/Casablanca";
        public string? IpAddress => null;
        public bool IsInRole(string role) => false;
    }
}
