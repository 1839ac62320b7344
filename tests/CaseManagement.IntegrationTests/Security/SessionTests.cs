using System.Net;
using System.Net.Http.Json;
using CaseManagement.Application.Security;
using CaseManagement.IntegrationTests.Infrastructure;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Security;

/// <summary>
/// A session holds only while its user does: disabled, password reset, role or unit changed, or signed out — every
/// token and cookie of that user is refused on the next request, API and pages alike (a copied cookie included).
/// </summary>
public sealed class SessionTests : IntegrationTest
{
    private static HttpClient RawClient() => TestApp.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];

    /// <summary>Signs in through the page and returns the session cookie as a browser would hold it (so a test can copy it).</summary>
    private static async Task<string> SessionCookieAsync(TestUser user)
    {
        using var client = RawClient();
        var form = await client.GetAsync("/Account/Login");
        var antiforgery = string.Join("; ", SetCookies(form));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Data.Email"] = user.Email, ["Data.Password"] = user.Password,
                ["__RequestVerificationToken"] = Forms.TokenOf(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(post);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return SetCookies(signedIn).Single(c => c.StartsWith("cm.auth=", StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> PageAsync(string cookie, string url = "/Children")
    {
        using var client = RawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request)).StatusCode;
    }

    private static async Task AssertWorksAsync(HttpClient api, string cookie)
    {
        Assert.That((await api.GetAsync("/api/v1/children")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await PageAsync(cookie), Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task AssertRefusedAsync(HttpClient api, string cookie, string why)
    {
        Assert.That((await api.GetAsync("/api/v1/children")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"token after {why}");
        Assert.That(await PageAsync(cookie), Is.EqualTo(HttpStatusCode.Redirect), $"cookie after {why}");
    }

    public static IEnumerable<TestCaseData> Changes()
    {
        yield return new TestCaseData("disable").SetName("A_disabled_users_token_and_cookie_stop_at_once");
        yield return new TestCaseData("password").SetName("A_password_reset_stops_the_users_token_and_cookie_at_once");
        yield return new TestCaseData("role").SetName("A_demoted_users_token_and_cookie_stop_at_once");
        yield return new TestCaseData("unit").SetName("A_moved_users_token_and_cookie_stop_at_once");
    }

    [TestCaseSource(nameof(Changes))]
    public async Task A_change_to_the_user_ends_their_sessions(string change)
    {
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        using var api = await TestApp.ApiClientAsync(supervisor);
        var cookie = await SessionCookieAsync(supervisor);
        await AssertWorksAsync(api, cookie);

        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        var done = change switch
        {
            "disable" => await admin.PostAsync($"/api/v1/users/{supervisor.Id}/disable", null),
            "password" => await admin.PostAsJsonAsync($"/api/v1/users/{supervisor.Id}/password", new { newPassword = "Un-autre-mot-de-passe-2026" }),
            "role" => await admin.PutAsJsonAsync($"/api/v1/users/{supervisor.Id}/access", new { role = Roles.SocialWorker, unitId = supervisor.UnitId }),
            _ => await admin.PutAsJsonAsync($"/api/v1/users/{supervisor.Id}/access", new { role = Roles.Supervisor, unitId = await TestApp.CreateUnitAsync("KN") }),
        };
        Assert.That(done.IsSuccessStatusCode, Is.True, await done.Content.ReadAsStringAsync());

        await AssertRefusedAsync(api, cookie, change);
    }

    [Test]
    public async Task Signing_out_ends_the_session_server_side_even_for_a_copied_cookie_and_the_users_tokens()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var api = await TestApp.ApiClientAsync(worker);
        var copied = await SessionCookieAsync(worker);
        using var browser = await TestApp.PageClientAsync(worker);
        await AssertWorksAsync(api, copied);

        var home = await browser.GetStringAsync("/");
        var logout = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.TokenOf(home),
        }));
        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await AssertRefusedAsync(api, copied, "sign-out");
    }

    [Test]
    public async Task Nothing_about_a_child_is_kept_by_a_cache_and_the_headers_hold()
    {
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseManagement.Domain.Cases.CaseStatus.InCare);
        using var api = await TestApp.ApiClientAsync(world.Worker);
        using var pages = await TestApp.PageClientAsync(world.Worker);
        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["api json"] = await api.GetAsync($"/api/v1/children/{world.ChildId}"),
            ["api problem"] = await api.GetAsync($"/api/v1/children/{Guid.NewGuid()}"),
            ["pdf"] = await api.GetAsync($"/api/v1/cases/{caseId}/documents/summary?lang=fr"),
            ["page"] = await pages.GetAsync($"/Children/Details/{world.ChildId}"),
            ["sign-in page"] = await TestApp.AnonymousClient().GetAsync("/Account/Login"),
        };
        foreach (var (kind, response) in answers)
        {
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True, kind);
            Assert.That(response.Headers.TryGetValues("Permissions-Policy", out var policy) ? policy.Single() : response.Headers.ToString(), Does.Contain("camera=()"), kind);
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"), kind);
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"), kind);
            Assert.That(response.Headers.Contains("Server"), Is.False, kind);
        }

        var css = await TestApp.AnonymousClient().GetAsync("/css/site.css");
        Assert.That(css.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(css.Headers.CacheControl?.NoStore ?? false, Is.False, "static files stay cacheable on slow connections");

        var services = TestApp.Factory.Services;
        var hsts = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.HttpsPolicy.HstsOptions>>(services).Value;
        Assert.That((hsts.MaxAge, hsts.IncludeSubDomains), Is.EqualTo((TimeSpan.FromDays(365), true)));
        var kestrel = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>(services).Value;
        Assert.That(kestrel.AddServerHeader, Is.False);
    }

    [Test]
    public async Task A_copy_of_the_database_without_the_key_certificate_can_forge_nothing()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var api = await TestApp.ApiClientAsync(worker);
        var cookie = await SessionCookieAsync(worker);
        var token = api.DefaultRequestHeaders.Authorization!;
        var keys = await TestApp.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.That(keys, Is.Not.Empty);
        Assert.That(keys, Has.All.Contains("encryptedSecret").And.All.Not.Contains("<value>"), "no key is stored in clear");

        var copy = Path.Combine(Path.GetTempPath(), $"cm-copy-{Guid.NewGuid():N}.db");
        await TestApp.WithDbAsync(db => db.Database.ExecuteSqlAsync($"VACUUM INTO {copy}"));
        var otherCertificate = Path.Combine(Path.GetTempPath(), $"cm-other-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(otherCertificate, CaseManagement.Web.Security.KeyCertificate.Create("CN=Someone else").Export(X509ContentType.Pfx));
        try
        {
            async Task<(HttpStatusCode Api, HttpStatusCode Page)> TryAsync(string certificate, string? password)
            {
                await using var restored = TestApp.Factory.WithWebHostBuilder(b =>
                {
                    b.UseSetting("ConnectionStrings:CaseManagement", $"Data Source={copy};Pooling=False");
                    b.UseSetting(CaseManagement.Web.Security.KeyCertificate.PathKey, certificate);
                    b.UseSetting(CaseManagement.Web.Security.KeyCertificate.PasswordKey, password);
                });
                using var client = restored.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
                using var apiRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/children") { Headers = { Authorization = token } };
                using var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/Children") { Headers = { { "Cookie", cookie } } };
                return ((await client.SendAsync(apiRequest)).StatusCode, (await client.SendAsync(pageRequest)).StatusCode);
            }

            Assert.That(await TryAsync(otherCertificate, null), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.Redirect)),
                "the copy with another certificate reads neither the token nor the cookie");
            Assert.That(await TryAsync(TestApp.KeyCertificatePath, TestApp.KeyCertificatePassword), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)),
                "restored with its certificate, the same database serves the same sessions");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(copy);
            File.Delete(otherCertificate);
        }
    }
}
