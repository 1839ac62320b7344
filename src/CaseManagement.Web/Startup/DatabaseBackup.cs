using CaseManagement.Application.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseManagement.Web.Startup;

/// <summary>
/// <c>backup FILE</c> and <c>restore FILE</c> for the embedded SQLite database. A backup goes through SQLite's online
/// backup API, so it is consistent while the app runs. A restore checks the file first (SQLite's integrity check, and a
/// schema that is exactly this version's) and refuses to replace a database that a running app holds. SQL Server is
/// saved with its own BACKUP/RESTORE (deploy/README.md). Either way the key certificate must be kept too: without it
/// the restored sessions and keys cannot be read (which is what makes a stolen backup harmless).
/// </summary>
public static class DatabaseBackup
{
    /// <summary>A running app (web or worker) keeps this file open, shared with its peers; a restore needs it to itself.</summary>
    public static string LockPath(string databasePath) => databasePath + ".running";

    /// <summary>Held for the process's life by every app process on the embedded database.</summary>
    public static IDisposable? HoldRunningLock(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        if (!db.Database.IsSqlite())
            return null;
        var path = LockPath(DatabasePath(db.Database.GetConnectionString()!));
        return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
    }

    public static async Task<string> BackupAsync(CaseDbContext db, string file, CancellationToken ct = default)
    {
        RequireSqlite(db);
        if (File.Exists(file))
            throw new BackupException($"{file} already exists: choose a new file name.");
        await using var source = new SqliteConnection(db.Database.GetConnectionString());
        await source.OpenAsync(ct);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await destination.OpenAsync(ct);
        source.BackupDatabase(destination);
        return $"Backed up {DatabasePath(source.ConnectionString)} to {file} ({new FileInfo(file).Length:N0} bytes, schema {await SchemaVersionAsync(destination, ct)}).";
    }

    public static async Task<string> RestoreAsync(CaseDbContext db, string file, CancellationToken ct = default)
    {
        RequireSqlite(db);
        if (!File.Exists(file))
            throw new BackupException($"{file} does not exist.");

        var expected = db.Database.GetMigrations().LastOrDefault() ?? string.Empty;
        await using (var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            string integrity;
            string? version;
            try
            {
                await backup.OpenAsync(ct);
                await using var check = backup.CreateCommand();
                check.CommandText = "PRAGMA integrity_check;";
                integrity = (string?)await check.ExecuteScalarAsync(ct) ?? "?";
                version = await SchemaVersionAsync(backup, ct);
            }
            catch (SqliteException ex)
            {
                throw new BackupException($"{file} is not a readable SQLite database ({ex.Message}).");
            }

            if (integrity != "ok")
                throw new BackupException($"{file} fails SQLite's integrity check: {integrity}");
            if (version != expected)
                throw new BackupException($"{file} has schema {version ?? "(none)"}, this version of the app needs {expected}: restore it with the version that made it.");
        }

        var target = DatabasePath(db.Database.GetConnectionString()!);
        try
        {
            using var running = new FileStream(LockPath(target), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
            await source.OpenAsync(ct);
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination);
        }
        catch (IOException)
        {
            throw new BackupException($"{target} is in use by a running app (web or worker): stop it before restoring.");
        }

        return $"Restored {target} from {file} (schema {expected}).";
    }

    private static async Task<string?> SchemaVersionAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT MigrationId FROM \"{HistoryRepository.DefaultTableName}\" ORDER BY MigrationId DESC LIMIT 1;";
        try
        {
            return (string?)await command.ExecuteScalarAsync(ct);
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private static void RequireSqlite(CaseDbContext db)
    {
        if (!db.Database.IsSqlite())
            throw new BackupException("backup and restore handle the embedded SQLite database; for SQL Server use BACKUP DATABASE / RESTORE DATABASE (deploy/README.md).");
    }

    private static string DatabasePath(string connectionString) => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
}

/// <summary>A backup or restore that cannot be done, with what to do about it.</summary>
public sealed class BackupException(string message) : Exception(message);
