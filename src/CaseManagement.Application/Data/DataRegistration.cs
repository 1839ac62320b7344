using System.Data.Common;
using CaseManagement.Application.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseManagement.Application.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public static class DataRegistration
{
    public const string ConnectionStringName = "CaseManagement";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    /// <summary>
    /// Registers <see cref="CaseDbContext"/> on the configured provider. With no connection string the embedded
    /// default is a SQLite file under <paramref name="dataFolder"/>, created on first start.
    /// </summary>
    public static IServiceCollection AddCaseData(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        services.AddScoped<AuditChangesInterceptor>();
        services.AddScoped<Security.UserSessionsInterceptor>();
        services.AddSingleton(new WriteGate(enabled: provider == DatabaseProvider.Sqlite));
        services.AddScoped<WriteTurn>();
        services.AddScoped<WriteTurnCarrier>();
        services.AddScoped<DatabaseTime>();
        services.AddScoped<DatabaseTimeInterceptor>();
        services.TryAddSingleton<Security.IUserSessions, Security.NoSessionCache>(); // the web app remembers sessions; tools do not
        services.AddDbContext<CaseDbContext>((sp, options) =>
        {
            options.AddInterceptors(sp.GetRequiredService<AuditChangesInterceptor>(), sp.GetRequiredService<Security.UserSessionsInterceptor>(),
                sp.GetRequiredService<DatabaseTimeInterceptor>(), sp.GetRequiredService<WriteTurnCarrier>());
            if (provider == DatabaseProvider.SqlServer)
            {
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required for SQL Server.");
                options.UseSqlServer(connectionString, sql =>
                {
                    sql.MigrationsAssembly("CaseManagement.Migrations.SqlServer");
                    sql.EnableRetryOnFailure(maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(10), errorNumbersToAdd: null);
                });
            }
            else
            {
                options.UseEmbeddedSqlite(SqliteConnectionString(connectionString, dataFolder));
            }
        });
        return services;
    }

    public static string SqliteConnectionString(string? configured, string dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(configured);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            Directory.CreateDirectory(dataFolder);
            builder.DataSource = Path.Combine(dataFolder, "casemanagement.db");
        }

        builder.ForeignKeys = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>The embedded database as the application uses it: its migrations and the connection settings below.</summary>
    public static DbContextOptionsBuilder UseEmbeddedSqlite(this DbContextOptionsBuilder options, string connectionString, int commandTimeoutSeconds = 30) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("CaseManagement.Migrations.Sqlite").CommandTimeout(commandTimeoutSeconds))
            .AddInterceptors(SqlitePragmas.Instance);

    /// <summary>
    /// Run once the schema is up to date: gathers the planner's statistics on the tables that need them (cheap when
    /// nothing changed, bounded on a large file), so that report queries keep to their indexes.
    /// </summary>
    public const string SqliteOptimize = "PRAGMA optimize=0x10002;";

    /// <summary>
    /// WAL lets pages read while a command writes; a busy timeout makes writers queue instead of failing. Each connection
    /// keeps 8 MiB of pages and the operating system caches the file. No memory map: every connection maps the file on
    /// its own and the same pages count again in the process's resident memory (measured on the national unit: 0.4 GB
    /// resident without, 1–1.5 GB with a 256 MiB map, for 30 % more reads a second; README, Performance).
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            // EF opens a read-only connection to see whether the file exists; WAL is set by the next, writable one
            // (a file restored from a backup is not in WAL mode yet).
            var readOnly = connection.ConnectionString.Contains("Mode=ReadOnly", StringComparison.OrdinalIgnoreCase);
            command.CommandText = (readOnly ? "" : "PRAGMA journal_mode=WAL; ") + "PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=0; PRAGMA cache_size=-8192;";
            command.ExecuteNonQuery();
        }
    }
}
