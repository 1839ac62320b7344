using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using CaseManagement.Application.Data;
using CaseManagement.Application.Features.Notifications;
using CaseManagement.Benchmarks.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Benchmarks;

/// <summary>
/// Issue 13: the reminder run over a unit of 250,000 cases and a million follow-ups. The seeded unit is copied and
/// brought to the current schema; the first run, which writes every reminder that is missing, is timed once in the
/// setup and printed; the benchmark is the hourly run afterwards (nothing or little missing), the steady state.
/// </summary>
[MemoryDiagnoser]
public class ReminderBenchmarks : IDisposable
{
    private string _copy = string.Empty;
    private CaseDbContext _db = null!;

    [Params(250_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeded = ReportBenchmarks.SeededFile(ReportBenchmarks.SizeFor(Cases)).GetAwaiter().GetResult();
        _copy = Path.Combine(Path.GetTempPath(), $"cm-bench-reminders-{Guid.NewGuid():N}.db");
        File.Copy(seeded, _copy);
        _db = new CaseDbContext(UnitSeeder.Options(_copy));
        // Units seeded before the seeder kept one open EPS placement per child hold a few doubles, which the unique
        // index of the ResponsibleWorkers migration refuses: the older of each pair is closed in this copy.
        _db.Database.ExecuteSqlRaw("""
            UPDATE EpsPlacements SET Status = 'Exited'
            WHERE Status <> 'Exited' AND EXISTS (SELECT 1 FROM EpsPlacements later WHERE later.ChildId = EpsPlacements.ChildId
                AND later.Status <> 'Exited' AND later.AdmittedOn > EpsPlacements.AdmittedOn)
            """);
        _db.Database.Migrate();
        _db.Database.ExecuteSqlRaw(DataRegistration.SqliteOptimize);
        var watch = Stopwatch.StartNew();
        var first = Run().GetAwaiter().GetResult();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// first reminder run: {first.Created:N0} notifications written in {watch.Elapsed.TotalSeconds:F2} s (follow-ups: {_db.FollowUps.Count():N0})"));
    }

    [Benchmark(Description = "hourly reminder run")]
    public Task<RunReminders.Result> Run()
    {
        _db.ChangeTracker.Clear();
        return new RunReminders.Handler(_db, TimeProvider.System).Handle(new RunReminders.Command(), CancellationToken.None);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _db?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (File.Exists(_copy))
            File.Delete(_copy);
        GC.SuppressFinalize(this);
    }
}
