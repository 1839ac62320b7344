using CaseManagement.Application.Data;
using CaseManagement.IntegrationTests.Features.Reports;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.Web.Startup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Data;

/// <summary><c>backup FILE</c> while the app runs, <c>restore FILE</c> once it is stopped: the same database comes back.</summary>
public sealed class BackupTests : IntegrationTest
{
    private readonly List<string> _files = [];

    private string TempFile(string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cm-backup-{Guid.NewGuid():N}{extension}");
        _files.Add(path);
        return path;
    }

    [TearDown]
    public void DeleteFiles()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in _files.SelectMany(f => new[] { f, f + "-wal", f + "-shm", DatabaseBackup.LockPath(f) }).Where(File.Exists))
            File.Delete(file);
    }

    /// <summary>A context on another SQLite file, as the restore command would have with the app stopped.</summary>
    private static CaseDbContext Stopped(string path)
    {
        var options = new DbContextOptionsBuilder<CaseDbContext>();
        options.UseEmbeddedSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        return new CaseDbContext(options.Options);
    }

    private static Task<T> WithAppDbAsync<T>(Func<CaseDbContext, Task<T>> action) => TestApp.WithDbAsync(action);

    [Test]
    public async Task A_backup_taken_while_the_app_runs_restores_every_record()
    {
        await ReportDataset.BuildAsync(); // children, cases at every stage, referrals, services, kafala and EPS placements, activities, audit
        var backup = TempFile(".db");
        var message = await WithAppDbAsync(db => DatabaseBackup.BackupAsync(db, backup));
        Assert.That(message, Does.Contain("Backed up"));

        var original = await TestApp.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return await DatabaseFingerprint.OfAsync(db.Database.GetDbConnection());
        });
        Assert.That(original.TablesWithRows, Is.GreaterThan(25), "a database with every kind of record");

        var restoredPath = TempFile(".db");
        await using (var stopped = Stopped(restoredPath))
            Assert.That(await DatabaseBackup.RestoreAsync(stopped, backup), Does.Contain("Restored"));

        await using var restored = new SqliteConnection($"Data Source={restoredPath};Pooling=False");
        await restored.OpenAsync();
        Assert.That(await DatabaseFingerprint.OfAsync(restored), Is.EqualTo(original));
    }

    [Test]
    public async Task A_restore_refuses_a_running_database_a_damaged_file_and_another_schema()
    {
        var backup = TempFile(".db");
        await WithAppDbAsync(db => DatabaseBackup.BackupAsync(db, backup));

        var running = await Assert.ThrowsAsync<BackupException>(() => WithAppDbAsync(db => DatabaseBackup.RestoreAsync(db, backup)));
        Assert.That(running!.Message, Does.Contain("running app"));
        await Assert.ThrowsAsync<BackupException>(() => WithAppDbAsync(db => DatabaseBackup.BackupAsync(db, backup)), "an existing file is never overwritten");

        var damaged = TempFile(".db");
        var bytes = await File.ReadAllBytesAsync(backup);
        Array.Fill(bytes, (byte)0x5A, 4096, Math.Min(8192, bytes.Length - 4096));
        await File.WriteAllBytesAsync(damaged, bytes);
        var target = TempFile(".db");
        await using (var stopped = Stopped(target))
            Assert.That((await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(stopped, damaged)))!.Message,
                Does.Contain("integrity").Or.Contain("not a readable"));

        var older = TempFile(".db");
        File.Copy(backup, older);
        await using (var connection = new SqliteConnection($"Data Source={older};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory)";
            await command.ExecuteNonQueryAsync();
        }

        await using (var stopped = Stopped(target))
            Assert.That((await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(stopped, older)))!.Message, Does.Contain("schema"));
        Assert.That(File.Exists(target) ? new FileInfo(target).Length : 0, Is.Zero, "nothing was written over the target");
    }
}
