using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Children;
using CaseManagement.Benchmarks.Seeding;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.Referrals;

namespace CaseManagement.Benchmarks.Load;

/// <summary>
/// The load tool: `load --url http://127.0.0.1:5080 [--scenario paths|read|write|transfer|all] [--clients 64]
/// [--writers 16] [--seconds 60] [--samples 200] [--pid PID] [--only TEXT]` (`--only`: the paths whose name contains it) against an app started on a seeded unit (README,
/// Performance) with <c>Diagnostics:ServerTiming=true</c>. It signs in as the seeded accounts, then measures each read
/// path alone (p50/p95 of the client's time beside the database time the app reports for the same requests), many
/// readers at once, writers at once (file numbers checked gap-free), and what a first and a later visit transfer.
/// Only a loopback address is accepted: this is a tool for one's own machine, never for somebody else's server.
/// </summary>
public static partial class LoadRun
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<int> RunAsync(string[] args)
    {
        string Option(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        int Number(string name, int fallback) => int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var url = new Uri(Option("--url", "http://127.0.0.1:5080"));
        if (!url.IsLoopback)
        {
            Console.Error.WriteLine("load: only a loopback address (127.0.0.1, ::1, localhost) is accepted.");
            return 2;
        }

        var scenario = Option("--scenario", "all");
        var seconds = Number("--seconds", 60);
        var pid = Number("--pid", 0);
        var run = new LoadRunner(url, Number("--samples", 200), Option("--only", ""));
        await run.SignInAsync();
        Console.WriteLine($"# load run against {url} — {DateTimeOffset.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        if (scenario is "paths" or "all")
            await run.PathsAsync();
        if (scenario is "transfer" or "all")
            await run.TransferAsync();
        if (scenario is "read" or "all")
            await run.ReadersAsync(Number("--clients", 64), seconds, pid);
        if (scenario is "write" or "all")
            await run.WritersAsync(Number("--writers", 16), seconds);
        return 0;
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    internal static long RssBytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (pid <= 0 || !File.Exists(status))
            return 0;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    internal static partial Regex AntiforgeryField();

    [GeneratedRegex("""(?:href|src)="(/[^"]+\.(?:css|js))" """)]
    internal static partial Regex Assets();

    internal static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    internal static JsonSerializerOptions Serializer => Json;
}

/// <summary>One measured request: the client's time, the database's (Server-Timing), bytes moved and bytes of content.</summary>
internal readonly record struct Sample(double Milliseconds, double DbMilliseconds, int Status, long Transferred, long Content);

internal sealed class LoadRunner(Uri url, int samples, string only)
{
    private const string Password = UnitSeeder.SyntheticPassword;
    private readonly Dictionary<string, HttpClient> _api = [];
    private readonly Dictionary<string, HttpClient> _pages = [];
    private readonly List<(string Name, string Who, string Path, bool Page)> _paths = [];

    /// <summary>The read mix of the many-readers run: the goal table's paths (the unit dashboard is measured alone only).</summary>
    private List<(string Name, string Who, string Path, bool Page)> Mix => _paths
        .Where(p => !p.Name.StartsWith("unit dashboard", StringComparison.Ordinal) && p.Name.Contains(only, StringComparison.Ordinal)).ToList();

    private HttpClient NewClient(CookieContainer? cookies = null) => new(new HttpClientHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = cookies is not null,
        CookieContainer = cookies ?? new CookieContainer(),
        MaxConnectionsPerServer = 256,
    }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };

    public async Task SignInAsync()
    {
        foreach (var who in new[] { "superviseur1", "travailleur1" })
        {
            var email = $"{who}@synthetic.invalid";
            var api = NewClient();
            var answer = await api.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
            if (!answer.IsSuccessStatusCode)
                throw new InvalidOperationException($"{email} could not sign in ({(int)answer.StatusCode}); seed the unit with this build (its accounts get the synthetic password) and start the app with TwoFactor:RequiredRoles empty.");
            var token = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            _api[who] = api;

            var page = NewClient(new CookieContainer());
            var form = await page.GetStringAsync("/Account/Login");
            var antiforgery = LoadRun.AntiforgeryField().Match(form).Groups[1].Value;
            var login = await page.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Data.Email"] = email, ["Data.Password"] = Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery),
            }));
            if (login.StatusCode != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"{email} could not sign in to the pages ({(int)login.StatusCode}).");
            _pages[who] = page;
        }

        var worker = _api["travailleur1"];
        var child = (await worker.GetFromJsonAsync<JsonElement>("/api/v1/children?pageSize=1")).GetProperty("items")[0];
        var myCase = (await worker.GetFromJsonAsync<JsonElement>("/api/v1/cases?assignedTo=me&pageSize=1")).GetProperty("items")[0].GetProperty("id").GetString();
        var deep = await DeepCursorAsync(worker, "/api/v1/children?pageSize=100", 400);
        _paths.AddRange(
        [
            ("child search, Latin prefix", "travailleur1", "/api/v1/children?q=ami", false),
            ("child search, Arabic", "travailleur1", "/api/v1/children?q=" + Uri.EscapeDataString("العلو"), false),
            ("child search, file number", "travailleur1", "/api/v1/children?q=" + Uri.EscapeDataString(child.GetProperty("fileNumber").GetString()!), false),
            ("child list, page 1", "travailleur1", "/api/v1/children", false),
            ("child list, page 2,001 (40,000 children in)", "travailleur1", "/api/v1/children?after=" + Uri.EscapeDataString(deep), false),
            ("case list, the unit's", "superviseur1", "/api/v1/cases", false),
            ("case list, by status", "superviseur1", "/api/v1/cases?status=InCare", false),
            ("case list, mine", "travailleur1", "/api/v1/cases?assignedTo=me", false),
            ("case list, unassigned", "superviseur1", "/api/v1/cases?assignedTo=none", false),
            ("follow-ups, mine due soon", "travailleur1", "/api/v1/follow-ups?assignee=me&due=soon", false),
            ("follow-ups, unit overdue", "superviseur1", "/api/v1/follow-ups?assignee=unit&due=overdue", false),
            ("audit of a case", "superviseur1", $"/api/v1/audit?subjectType=Case&subjectId={myCase}", false),
            ("notifications", "travailleur1", "/api/v1/notifications", false),
            ("supervisor home (HTML)", "superviseur1", "/", true),
            ("social-worker home (HTML)", "travailleur1", "/", true),
            ("unit dashboard (HTML, charts and caseloads)", "superviseur1", "/Dashboard", true),
            ("case page (HTML)", "travailleur1", $"/Cases/Details/{myCase}", true),
            ("child page (HTML)", "travailleur1", $"/Children/Details/{child.GetProperty("id").GetString()}", true),
        ]);
    }

    private static async Task<string> DeepCursorAsync(HttpClient client, string path, int pages)
    {
        string? next = null;
        for (var i = 0; i < pages; i++)
        {
            var page = await client.GetFromJsonAsync<JsonElement>(next is null ? path : $"{path}&after={Uri.EscapeDataString(next)}");
            next = page.GetProperty("next").GetString() ?? next;
        }

        return next!;
    }

    /// <summary>One request as the application's own page would make it (compressed, same-origin), timed.</summary>
    private async Task<Sample> SendAsync(string who, string path, bool page, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
        var watch = Stopwatch.StartNew();
        using var answer = await (page ? _pages : _api)[who].SendAsync(request, ct);
        var bytes = await answer.Content.ReadAsByteArrayAsync(ct);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        return new Sample(elapsed, DbTime(answer), (int)answer.StatusCode, bytes.Length, ContentLength(answer, bytes));
    }

    private static double DbTime(HttpResponseMessage answer) =>
        answer.Headers.TryGetValues("Server-Timing", out var values)
        && values.SelectMany(v => v.Split(',')).FirstOrDefault(v => v.TrimStart().StartsWith("db;", StringComparison.Ordinal)) is { } db
        && db.Split(';').FirstOrDefault(p => p.StartsWith("dur=", StringComparison.Ordinal)) is { } dur
            ? double.Parse(dur[4..], CultureInfo.InvariantCulture)
            : double.NaN;

    private static long ContentLength(HttpResponseMessage answer, byte[] bytes) =>
        answer.Content.Headers.ContentEncoding.Count == 0 ? bytes.Length : Decode(answer, bytes).Length;

    public async Task PathsAsync()
    {
        Console.WriteLine();
        Console.WriteLine($"## each path alone, one client, warm ({samples} requests after 20 to warm up)");
        Console.WriteLine("| path | p50 ms | p95 ms | db p50 ms | app ÷ db (p50) | HTML/JSON KB | transferred KB |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, who, path, page) in _paths.Where(p => p.Name.Contains(only, StringComparison.Ordinal)))
        {
            for (var i = 0; i < 20; i++)
                await SendAsync(who, path, page);
            var count = name.StartsWith("unit dashboard", StringComparison.Ordinal) ? Math.Min(samples, 20) : samples; // a second each
            var results = new List<Sample>(count);
            for (var i = 0; i < count; i++)
                results.Add(await SendAsync(who, path, page));
            if (results.Any(r => r.Status != 200))
                Console.WriteLine($"| {name} | status {string.Join(",", results.Select(r => r.Status).Distinct())} |");
            var times = results.Select(r => r.Milliseconds).Order().ToList();
            var db = results.Select(r => r.DbMilliseconds).Order().ToList();
            var p50 = LoadRun.Percentile(times, 0.5);
            var db50 = LoadRun.Percentile(db, 0.5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {p50:F1} | {LoadRun.Percentile(times, 0.95):F1} | {db50:F1} | {p50 / db50:F1} | {results[0].Content / 1024.0:F1} | {results[0].Transferred / 1024.0:F1} |"));
        }
    }

    /// <summary>A first visit (no cache: the page and every style and script it links) and a later page (HTML only).</summary>
    public async Task TransferAsync()
    {
        Console.WriteLine();
        Console.WriteLine("## transfer (Brotli accepted, same-origin)");
        using var anonymous = NewClient(new CookieContainer());
        async Task<long> VisitAsync(HttpClient client, string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "none");
            using var answer = await client.SendAsync(request);
            var bytes = await answer.Content.ReadAsByteArrayAsync();
            long total = bytes.Length;
            var html = System.Text.Encoding.UTF8.GetString(answer.Content.Headers.ContentEncoding.Count == 0 ? bytes : Decode(answer, bytes));
            foreach (var asset in LoadRun.Assets().Matches(html).Select(m => m.Groups[1].Value).Distinct())
            {
                using var assetRequest = new HttpRequestMessage(HttpMethod.Get, asset);
                assetRequest.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
                assetRequest.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
                using var assetAnswer = await client.SendAsync(assetRequest);
                total += (await assetAnswer.Content.ReadAsByteArrayAsync()).Length;
            }

            return total;
        }

        var signIn = await VisitAsync(anonymous, "/Account/Login");
        var home = await VisitAsync(_pages["travailleur1"], "/");
        var later = (await SendAsync("travailleur1", _paths.First(p => p.Name.StartsWith("case page", StringComparison.Ordinal)).Path, true)).Transferred;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first visit: sign-in page {signIn / 1024.0:F1} KB, home page {home / 1024.0:F1} KB (each with its styles and scripts); a later page (case page, HTML only): {later / 1024.0:F1} KB"));
    }

    private static byte[] Decode(HttpResponseMessage answer, byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoded = answer.Content.Headers.ContentEncoding.First() == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoded.CopyTo(output);
        return output.ToArray();
    }

    public async Task ReadersAsync(int clients, int seconds, int pid)
    {
        Console.WriteLine();
        Console.WriteLine($"## {clients} readers for {seconds} s, the paths above in turn");
        var times = new ConcurrentBag<double>();
        var errors = 0;
        long peakRss = LoadRun.RssBytes(pid);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var rss = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakRss = Math.Max(peakRss, LoadRun.RssBytes(pid));
                await Task.Delay(200);
            }
        });
        var mix = Mix;
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (var i = c; !stop.IsCancellationRequested; i++)
            {
                var (_, who, path, page) = mix[i % mix.Count];
                try
                {
                    var sample = await SendAsync(who, path, page, stop.Token);
                    if (sample.Status != 200)
                        Interlocked.Increment(ref errors);
                    times.Add(sample.Milliseconds);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        await rss;
        var sorted = times.Order().ToList();
        var memory = pid > 0 ? string.Create(CultureInfo.InvariantCulture, $", server RSS peak {peakRss / 1048576.0:F0} MB") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Count:N0} requests, {sorted.Count / (double)seconds:F0}/s, errors {errors}, p50 {LoadRun.Percentile(sorted, 0.5):F1} ms, p95 {LoadRun.Percentile(sorted, 0.95):F1} ms, p99 {LoadRun.Percentile(sorted, 0.99):F1} ms{memory}"));
    }

    public async Task WritersAsync(int writers, int seconds)
    {
        Console.WriteLine();
        Console.WriteLine($"## {writers} writers for {seconds} s: register a child, then report a case for it");
        var numbers = new ConcurrentBag<string>();
        var writes = 0;
        var errors = 0;
        var client = _api["travailleur1"];
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var child = await client.PostAsJsonAsync("/api/v1/children", new RegisterChild.Command
                    {
                        GivenName = $"Charge{w}", FamilyName = $"Inventé{i}", GivenNameAr = "اختبار", Sex = Sex.Female,
                        SpokenLanguages = SpokenLanguages.Darija, Schooling = SchoolingStatus.Enrolled,
                    }, LoadRun.Serializer, CancellationToken.None);
                    if (child.StatusCode != HttpStatusCode.Created)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }

                    var registered = await child.Content.ReadFromJsonAsync<RegisterChild.Result>(LoadRun.Serializer);
                    numbers.Add(registered!.FileNumber);
                    var report = await client.PostAsJsonAsync("/api/v1/cases", new ReportCase.Command
                    {
                        ChildId = registered.Id, ReceivedAt = DateTimeOffset.UtcNow.AddHours(-1), Channel = IntakeChannel.Phone,
                        Source = ReferralSource.School, ReporterName = "Charge (fictif)", Concerns = ["NEG"], PrimaryConcern = "NEG",
                        PlaceOfOccurrence = PlaceOfOccurrence.Home, RiskLevel = RiskLevel.Medium, Summary = "Signalement inventé pour une mesure de charge.",
                    }, LoadRun.Serializer, CancellationToken.None);
                    if (report.StatusCode == HttpStatusCode.Created)
                        Interlocked.Add(ref writes, 2);
                    else
                        Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToList();
        await Task.WhenAll(tasks);
        var sequence = numbers.Select(n => int.Parse(n[(n.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).Order().ToList();
        var gapFree = sequence.Count == 0 || sequence[^1] - sequence[0] + 1 == sequence.Count && sequence.Distinct().Count() == sequence.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{writes:N0} writes ({writes / (double)seconds:F0}/s), errors {errors}, {numbers.Count:N0} file numbers {(gapFree ? "unique and gap-free" : "WITH GAPS OR DOUBLES")}"));
    }
}
