using BenchmarkDotNet.Attributes;
using CaseManagement.Application.Data;
using CaseManagement.Application.Reports;
using CaseManagement.Benchmarks.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Benchmarks;

/// <summary>
/// The monthly report's goal (issue 10): a month's indicators (groups A to I, month, year to date and last year, with
/// the breakdowns) for a unit of 250,000 cases in at most 300 ms on SQLite. The synthetic units are seeded once into
/// artifacts/bench/ (the seed is fixed, so the files are the same every time) and reused.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks : IDisposable
{
    private CaseDbContext _db = null!;
    private Guid _unit;

    [Params(25_000, 250_000)]
    public int Cases { get; set; }

    public static SeedSize SizeFor(int cases) => new(Children: cases * 2 / 5, Cases: cases, FollowUps: cases * 4);

    [GlobalSetup]
    public void Setup()
    {
        var file = SeededFile(SizeFor(Cases)).GetAwaiter().GetResult();
        _db = new CaseDbContext(UnitSeeder.Options(file));
        _db.Database.Migrate(); // a file seeded by an earlier version is brought to this version's schema and indexes
        _unit = _db.Units.Select(u => u.Id).Single();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _db?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "October 2026 indicators")]
    public Task<IndicatorSet> MonthlyIndicators() => new MonthlyIndicators(_db).ComputeAsync(_unit, 2026, 10, CancellationToken.None);

    /// <summary>The seeded file for a size, written the first time it is asked for.</summary>
    public static async Task<string> SeededFile(SeedSize size, TextWriter? log = null)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "bench");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"unit-{size.Children}-{size.Cases}-{size.FollowUps}.db");
        if (!File.Exists(file))
        {
            var temporary = file + ".tmp";
            await UnitSeeder.SeedAsync(temporary, size, log: log);
            File.Move(temporary, file);
        }

        return file;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseManagement.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? Path.GetTempPath();
    }
}
