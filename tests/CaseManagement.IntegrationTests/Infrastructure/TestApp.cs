using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>A user made for a test; provincial and partner viewers have no unit (empty) but a province.</summary>
public sealed record TestUser(Guid Id, string Email, string Password, Guid UnitId, string Role, string DisplayName, Guid? ProvinceId = null);

/// <summary>
/// The real application, started once for the test run on a SQLite file of its own, with a fake clock.
/// Tests talk to it over HTTP (API and pages) or send commands through the real MediatR pipeline.
/// </summary>
public static class TestApp
{
    public const string AdminEmail = "admin@test.invalid";
    public const string AdminPassword = "Admin-Password-For-Tests-1";

    /// <summary>Sunday 29 November 2026, 10:00 UTC (11:00 in Casablanca).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    private static string _folder = string.Empty;
    private static WebApplicationFactory<Program>? _factory;
    private static int _userCounter;

    /// <summary>A real SMTP listener on loopback, receiving the reminder digests.</summary>
    public static netDumbster.smtp.SimpleSmtpServer Smtp { get; private set; } = null!;

    public static WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The app is not started.");
    public static FakeTimeProvider Clock { get; } = new(Start);
    public static Guid AdminId { get; private set; }

    /// <summary>The certificate encrypting the data-protection keys (outside the database, as in production).</summary>
    public static string KeyCertificatePath { get; private set; } = string.Empty;
    public const string KeyCertificatePassword = "test-certificate-password";
    public static Guid FirstUnitId { get; private set; }
    public static Guid FirstProvinceId { get; private set; }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task StartAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "cm-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Smtp = netDumbster.smtp.SimpleSmtpServer.Start(FreePort());
        KeyCertificatePath = Path.Combine(_folder, "keys.pfx");
        await File.WriteAllBytesAsync(KeyCertificatePath, CaseManagement.Web.Security.KeyCertificate.Create("CN=CaseManagement tests")
            .Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, KeyCertificatePassword));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(Configure);
        _ = _factory.Server; // starts the host: migrations and bootstrap run here

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        AdminId = await db.Users.Where(u => u.Email == AdminEmail).Select(u => u.Id).SingleAsync();
        FirstUnitId = await db.Units.Select(u => u.Id).SingleAsync();
        FirstProvinceId = await db.Units.Select(u => u.ProvinceId).SingleAsync();
    }

    /// <summary>The test host's settings: a temp SQLite file, the test certificate, the fake clock, jobs run by the tests.</summary>
    private static void Configure(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:CaseManagement", $"Data Source={Path.Combine(_folder, "cm.db")}");
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting(CaseManagement.Web.Security.KeyCertificate.PathKey, KeyCertificatePath);
        builder.UseSetting(CaseManagement.Web.Security.KeyCertificate.PasswordKey, KeyCertificatePassword);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", "None");
        builder.UseSetting("Jobs:RunServer", "false"); // tests run the reminder job themselves, at the time they choose
        builder.UseSetting("SignIn:PerAddressPerMinute", "100000"); // every test signs in from the same address; one test checks the limit
        builder.UseSetting("TwoFactor:RequiredRoles", ""); // most tests sign supervisors in with a password only; the two-factor tests require it
        builder.ConfigureLogging(logging => logging.AddProvider(TestLog.Instance));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, FaultEndpoint>();
            services.AddTransient<IStartupFilter, TestAddress>();
        });
    }

    /// <summary>
    /// A second application instance on the same database and keys, as a second web node would be (its own process
    /// state: caches, rate limits, job server); the caller disposes it.
    /// </summary>
    public static WebApplicationFactory<Program> SecondInstance()
    {
        var second = new WebApplicationFactory<Program>().WithWebHostBuilder(Configure);
        _ = second.Server;
        return second;
    }

    public static async Task StopAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        Smtp?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Back to what a first start leaves: the bootstrap administrator, the first unit, the reference data.</summary>
    public static async Task ResetAsync()
    {
        Clock.AdjustTime(Start);
        Smtp.ClearReceivedEmail();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var admin = AdminId.ToString().ToUpperInvariant();
        var unit = FirstUnitId.ToString().ToUpperInvariant();
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM MonthlyReportFiles;
            DELETE FROM MonthlyReports;
            DELETE FROM Activities;
            DELETE FROM ServiceDeliveries;
            DELETE FROM Notifications;
            DELETE FROM ReminderCheckpoints;
            DELETE FROM AuditEntries;
            DELETE FROM AttachmentContents;
            DELETE FROM CaseAttachments;
            DELETE FROM CaseNotes;
            DELETE FROM FollowUps;
            DELETE FROM KafalaReports;
            DELETE FROM PlacementTransitions;
            DELETE FROM KafalaPlacements;
            DELETE FROM EpsPlacements;
            DELETE FROM Establishments;
            DELETE FROM Referrals;
            DELETE FROM Partners;
            DELETE FROM CaseConcerns;
            DELETE FROM CaseTransitions;
            DELETE FROM CaseAssignments;
            DELETE FROM Cases;
            DELETE FROM Children;
            DELETE FROM FileNumberSequences;
            DELETE FROM AspNetUserTokens;
            DELETE FROM AspNetUserClaims;
            DELETE FROM AspNetUserLogins;
            DELETE FROM AspNetUserRoles WHERE UserId <> {admin};
            DELETE FROM AspNetUsers WHERE Id <> {admin};
            UPDATE AspNetUsers SET AccessFailedCount = 0, LockoutEnd = NULL, UnitId = {unit}, EmailNotifications = 1;
            DELETE FROM Units WHERE Id <> {unit};
            DELETE FROM Provinces WHERE Id NOT IN (SELECT ProvinceId FROM Units);
            UPDATE Units SET SecondApproverId = NULL, Reminders_DueSoonDays = 2, Reminders_EscalationDays = 7, Reminders_KafalaRealertDays = 30, Reminders_ApprovalWaitingDays = 3,
                Reminders_UnassignedHours = 24, Reminders_UrgentUnassignedHours = 2, Standards_EvaluationDays = 15, Standards_UrgentEvaluationDays = 3,
                Standards_PlanDays = 30, Standards_PlanReviewMonths = 3, Standards_HighRiskPlanReviewMonths = 1, Standards_ReferralFeedbackDays = 30;
            DELETE FROM Communes;
            """);
        db.Communes.AddRange(CommuneSeed.SidiKacem());
        await db.SaveChangesAsync();
    }

    public static async Task<TestUser> CreateUserAsync(string role, Guid? unitId = null, Guid? provinceId = null)
    {
        var provincial = Roles.IsProvincial(role);
        var n = Interlocked.Increment(ref _userCounter);
        var email = $"{role.ToLowerInvariant()}{n}@test.invalid";
        var password = $"Test-password-{n:D4}";
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            DisplayName = $"{role} {n}",
            UnitId = provincial ? null : unitId ?? FirstUnitId,
            ProvinceId = provincial ? provinceId ?? FirstProvinceId : null,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        Assert.That(created.Succeeded, Is.True, string.Join(", ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role);
        return new TestUser(user.Id, email, password, user.UnitId ?? Guid.Empty, role, user.DisplayName, user.ProvinceId);
    }

    public static async Task<Guid> CreateUnitAsync(string code, Guid? provinceId = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var unit = CaseManagement.Domain.Units.Unit.Create($"UPE test {code}", $"وحدة {code}", code, provinceId ?? FirstProvinceId);
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    }

    public static async Task<Guid> CreateProvinceAsync(string code)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var province = CaseManagement.Domain.Units.Province.Create(code, $"Province {code}", $"إقليم {code}");
        db.Provinces.Add(province);
        await db.SaveChangesAsync();
        return province.Id;
    }

    /// <summary>An API client holding a bearer token obtained through POST /api/v1/auth/login.</summary>
    public static async Task<HttpClient> ApiClientAsync(TestUser user) => await ApiClientAsync(user.Email, user.Password);

    public static async Task<HttpClient> ApiClientAsync(string email, string password, WebApplicationFactory<Program>? instance = null)
    {
        var client = (instance ?? Factory).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.That((int)response.StatusCode, Is.EqualTo(200), $"login of {email}");
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    public static HttpClient AnonymousClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser-like client signed in through the sign-in page (cookie, antiforgery token).</summary>
    public static async Task<HttpClient> PageClientAsync(TestUser user)
    {
        var client = AnonymousClient();
        var response = await Forms.PostAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Data.Email"] = user.Email,
            ["Data.Password"] = user.Password,
        });
        Assert.That((int)response.StatusCode, Is.EqualTo(302), "page sign-in redirects");
        return client;
    }

    /// <summary>Sends a request through the real pipeline as the given user.</summary>
    public static async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request, TestUser? user, WebApplicationFactory<Program>? instance = null)
    {
        await using var scope = (instance ?? Factory).Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var principal = new ClaimsPrincipal(new ClaimsIdentity());
        if (user is not null)
        {
            var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
            var appUser = await signIn.UserManager.FindByIdAsync(user.Id.ToString());
            principal = await signIn.CreateUserPrincipalAsync(appUser!);
        }

        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>A case's concurrency token as the API gives it.</summary>
    public static Task<string> VersionOfCaseAsync(Guid caseId) => WithDbAsync(async db =>
        VersionToken.Encode(await db.Cases.Where(c => c.Id == caseId).Select(c => EF.Property<byte[]>(c, CaseDbContext.VersionProperty)).SingleAsync()));

    public static async Task<T> WithDbAsync<T>(Func<CaseDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseDbContext>());
    }
}

/// <summary>Every integration test starts from a freshly reset database.</summary>
public abstract class IntegrationTest
{
    [SetUp]
    public Task ResetDatabase() => TestApp.ResetAsync();
}

/// <summary>
/// For the tests only: <c>/api/test/broken-write</c> and <c>/test/broken-write</c> make a real database error that is not a unique key taken (a note
/// on a case that does not exist breaks a foreign key), at the end of the real pipeline, so that what the exception
/// handler does with it is what production does.
/// </summary>
internal sealed class FaultEndpoint : IStartupFilter
{
    public const string ApiPath = "/api/test/broken-write";
    public const string PagePath = "/test/broken-write";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use(async (context, nextMiddleware) =>
        {
            if (!context.Request.Path.Equals(ApiPath) && !context.Request.Path.Equals(PagePath))
            {
                await nextMiddleware();
                return;
            }

            var db = context.RequestServices.GetRequiredService<CaseDbContext>();
            db.CaseNotes.Add(new CaseManagement.Domain.Cases.CaseNote(Guid.NewGuid(), FirstUnit(db), "note", CaseManagement.Domain.Cases.NoteSensitivity.Normal,
                Guid.NewGuid(), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
    };

    private static Guid FirstUnit(CaseDbContext db) => db.Units.Select(u => u.Id).First();
}

/// <summary>Lets a test speak from a chosen client address (header <see cref="Header"/>): the test server has none.</summary>
internal sealed class TestAddress : IStartupFilter
{
    public const string Header = "X-Test-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
                context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address.ToString());
            return nextMiddleware();
        });
        next(app);
    };
}
