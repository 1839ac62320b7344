using System.Net;
using System.Net.Sockets;
using CaseManagement.Application.Security;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests;

/// <summary>
/// The app started in-process on Kestrel at 127.0.0.1 (a free port) on a fresh SQLite database, and Debian's Chromium
/// driven by Playwright (no browser download: <c>ExecutablePath</c>, headless, no sandbox). One app and one browser for
/// the run; every test opens its own browser context (cookies, language, screen size).
/// </summary>
[SetUpFixture]
public sealed class BrowserApp
{
    public const string AdminEmail = "admin@browser.invalid";
    public const string AdminPassword = "Navigateur-admin-2026";
    private const string KeyPassword = "browser-tests-keys";

    private static WebApplicationFactory<Program>? factory;
    private static string folder = string.Empty;
    private static int userCounter;

    public static string BaseUrl { get; private set; } = string.Empty;

    public static IPlaywright Playwright { get; private set; } = null!;

    public static IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the tests write screenshots (artefacts of the run, not the reviewed set).</summary>
    public static string Artifacts { get; } = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");

    public static Guid UnitId { get; private set; }

    public static IServiceProvider Services => factory!.Services;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        folder = Path.Combine(Path.GetTempPath(), "cm-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Artifacts);
        var keys = Path.Combine(folder, "keys.pfx");
        await File.WriteAllBytesAsync(keys, KeyCertificate.Create("CN=CaseManagement browser tests")
            .Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, KeyPassword));
        var port = FreePort();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            // Outside Development the app serves the published wwwroot; from a build, the static web assets (and
            // their pre-compressed variants in obj/) are found through the build's manifest, as `dotnet run` does.
            builder.UseStaticWebAssets();
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:CaseManagement", $"Data Source={Path.Combine(folder, "cm.db")}");
            builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
            builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
            builder.UseSetting(KeyCertificate.PathKey, keys);
            builder.UseSetting(KeyCertificate.PasswordKey, KeyPassword);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Jobs:RunServer", "false");
            builder.UseSetting("SignIn:PerAddressPerMinute", "100000");
            builder.UseSetting("TwoFactor:RequiredRoles", "");
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseManagement.Application.Data.CaseDbContext>();
            UnitId = await db.Units.Select(u => u.Id).SingleAsync();
        }

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (factory is not null)
            await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>An account of the unit with an invented name, created directly (journey 1 creates accounts through the pages).</summary>
    public static async Task<(string Email, string Password, string Name)> CreateUserAsync(string role, string name, Guid? unitId = null)
    {
        var n = Interlocked.Increment(ref userCounter);
        var email = $"{role.ToLowerInvariant()}{n}@browser.invalid";
        var password = $"Navigateur-{n:D4}-mot";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var provincial = Roles.IsProvincial(role);
        var db = scope.ServiceProvider.GetRequiredService<CaseManagement.Application.Data.CaseDbContext>();
        var provinceId = provincial ? await db.Units.Where(u => u.Id == UnitId).Select(u => (Guid?)u.ProvinceId).SingleAsync() : null;
        var user = new AppUser
        {
            Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = name, UnitId = provincial ? null : unitId ?? UnitId, ProvinceId = provinceId, LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        Assert.That(created.Succeeded, Is.True, string.Join(", ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role);
        return (email, password, name);
    }

    /// <summary>Another unit of the unit's province (a second approver sits in one).</summary>
    public static async Task<Guid> CreateUnitAsync(string code, string name, string nameAr)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseManagement.Application.Data.CaseDbContext>();
        var provinceId = await db.Units.Where(u => u.Id == UnitId).Select(u => u.ProvinceId).SingleAsync();
        var unit = CaseManagement.Domain.Units.Unit.Create(name, nameAr, code, provinceId);
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
