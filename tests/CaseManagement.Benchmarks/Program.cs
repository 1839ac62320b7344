using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using CaseManagement.Benchmarks;

// `dotnet run -c Release --project tests/CaseManagement.Benchmarks` runs BenchmarkDotNet;
// `-- --sizes` prints page counts, file sizes and a quick single-threaded pages-per-second figure instead.
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
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DocumentBenchmarks).Assembly).Run(args);
