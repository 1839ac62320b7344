using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using CaseManagement.Benchmarks;
using CaseManagement.Benchmarks.Seeding;

// `dotnet run -c Release --project tests/CaseManagement.Benchmarks` runs BenchmarkDotNet;
// `-- --sizes` prints page counts, file sizes and a quick single-threaded pages-per-second figure instead;
// `-- seed --children N --cases N --follow-ups N --out FILE` writes a synthetic unit into a SQLite file;
// `-- accounts FILE` gives the synthetic accounts of an older seeded file their password;
// `-- load --url http://127.0.0.1:PORT …` measures a running app (Load/LoadRun.cs).
if (args.Length > 0 && args[0] == "load")
    return await CaseManagement.Benchmarks.Load.LoadRun.RunAsync(args);
if (args.Length > 1 && args[0] == "accounts")
{
    await UnitSeeder.SetPasswordsAsync(args[1]);
    Console.WriteLine($"The synthetic accounts of {args[1]} sign in with {UnitSeeder.SyntheticPassword}");
    return 0;
}

if (args.Length > 0 && args[0] == "seed")
{
    int Option(string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    var output = Array.IndexOf(args, "--out") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : "synthetic-unit.db";
    var size = new SeedSize(Option("--children", 10_000), Option("--cases", 25_000), Option("--follow-ups", 100_000));
    var watch = Stopwatch.StartNew();
    Console.WriteLine($"Seeding {output}: {size.Children:N0} children, {size.Cases:N0} cases, {size.FollowUps:N0} follow-ups");
    await UnitSeeder.SeedAsync(output, size, log: Console.Out);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {watch.Elapsed.TotalSeconds:F0} s"));
    return 0;
}

if (args.Contains("--sizes"))
{
    var table = DocumentBenchmarks.TableHeavy();
    var twoPages = DocumentBenchmarks.TwoPages();
    var tableBytes = table.GeneratePdf();
    var twoBytes = twoPages.GeneratePdf();
    var watch = Stopwatch.StartNew();
    const int runs = 10;
    for (var i = 0; i < runs; i++)
        DocumentBenchmarks.TableHeavy().GeneratePdf();
    var seconds = watch.Elapsed.TotalSeconds / runs;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"table-heavy: {table.PageCount} pages, {tableBytes.Length / 1024.0:F0} KiB, {table.PageCount / seconds:F0} pages/s"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"two-page: {twoPages.PageCount} pages, {twoBytes.Length / 1024.0:F0} KiB"));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(DocumentBenchmarks).Assembly).Run(args);
return 0;
