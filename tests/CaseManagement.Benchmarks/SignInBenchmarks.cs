using System.Net;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Web;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Benchmarks;

/// <summary>
/// Issue 12: a refused sign-in takes the same time whether the account exists, is disabled or is locked (so timing
/// does not tell an attacker which e-mails are accounts). Each call goes through the app's sign-in service on its
/// SQLite database, with the production password hasher, from a new address each time (so no delay applies).
/// Compare the means: they should differ by less than a third.
/// </summary>
[MemoryDiagnoser(false)]
public class SignInBenchmarks : IDisposable
{
    private const string Password = "the-right-password-2026";
    private WebApplication _app = null!;
    private string _folder = string.Empty;
    private int _address;

    [Params("known, wrong password", "unknown e-mail", "disabled, right password", "locked, right password")]
    public string Account { get; set; } = string.Empty;

    private string Email => Account switch
    {
        "known, wrong password" => "known@bench.invalid",
        "unknown e-mail" => "nobody@bench.invalid",
        "disabled, right password" => "disabled@bench.invalid",
        _ => "locked@bench.invalid",
    };

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "cm-bench-signin-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var certificate = Path.Combine(_folder, "keys.pfx");
        File.WriteAllBytes(certificate, KeyCertificate.Create("CN=bench").Export(X509ContentType.Pfx));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Configuration["Database:Provider"] = "Sqlite";
        builder.Configuration["ConnectionStrings:CaseManagement"] = $"Data Source={Path.Combine(_folder, "cm.db")}";
        builder.Configuration[KeyCertificate.PathKey] = certificate;
        builder.Configuration["Jobs:RunServer"] = "false";
        builder.Logging.ClearProviders();
        builder.Services.AddCaseWeb(builder.Configuration, builder.Environment);
        _app = builder.Build();
        SeedAsync().GetAwaiter().GetResult();
    }

    private async Task SeedAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database.MigrateAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (email, active, locked) in new[] { ("known@bench.invalid", true, false), ("disabled@bench.invalid", false, true), ("locked@bench.invalid", true, true) })
        {
            var user = new AppUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = email, IsActive = active, LockoutEnabled = true };
            await users.CreateAsync(user, Password);
            if (locked)
                await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddYears(1));
        }
    }

    [Benchmark]
    public async Task<bool> RefusedSignIn()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Connection.RemoteIpAddress = new IPAddress(BitConverter.GetBytes(Interlocked.Increment(ref _address) | 0x0A000000));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        var result = await scope.ServiceProvider.GetRequiredService<SignInService>()
            .CheckPasswordAsync(Email, Account.Contains("right", StringComparison.Ordinal) ? Password : "a-wrong-password-2026");
        return result.User is not null; // false in every case
    }

    public void Dispose()
    {
        _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }
}
