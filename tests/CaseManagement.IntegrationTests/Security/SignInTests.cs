using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Security;

public sealed class SignInTests : IntegrationTest
{
    [Test]
    public async Task Bootstrap_admin_signs_in_by_api_and_gets_a_sixty_minute_bearer_token()
    {
        using var client = TestApp.AnonymousClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = TestApp.AdminEmail, password = TestApp.AdminPassword });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.GetProperty("accessToken").GetString(), Is.Not.Empty);
            Assert.That(body.GetProperty("expiresIn").GetInt32(), Is.EqualTo(3600));
            Assert.That(body.TryGetProperty("refreshToken", out _), Is.False, "no refresh token that nothing would accept");
        }

        var audit = await TestApp.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Login).CountAsync());
        Assert.That(audit, Is.EqualTo(1));
    }

    [Test]
    public async Task Bootstrap_admin_signs_in_through_the_sign_in_page()
    {
        using var client = TestApp.AnonymousClient();
        var response = await Forms.PostAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Data.Email"] = TestApp.AdminEmail,
            ["Data.Password"] = TestApp.AdminPassword,
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/"));
        var home = await client.GetAsync("/");
        Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await home.Content.ReadAsStringAsync(), Does.Contain("/Admin/Users"), "an administrator's navigation offers user management");
    }

    private static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password, string address = "192.0.2.10")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add(TestAddress.Header, address);
        return await client.SendAsync(request);
    }

    [Test]
    public async Task Wrong_passwords_slow_down_that_address_for_that_account_but_nobody_is_locked_out_from_elsewhere()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var client = TestApp.AnonymousClient();

        for (var attempt = 1; attempt <= 5; attempt++)
            Assert.That((await LoginAsync(client, worker.Email, "not-the-password", "192.0.2.66")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"attempt {attempt}");

        var slowed = await LoginAsync(client, worker.Email, worker.Password, "192.0.2.66");
        Assert.That(slowed.StatusCode, Is.EqualTo((HttpStatusCode)429), "the attacking address waits, even with the right password");
        Assert.That(int.Parse(slowed.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 15));
        Assert.That((await LoginAsync(client, worker.Email, worker.Password, "198.51.100.7")).StatusCode, Is.EqualTo(HttpStatusCode.OK),
            "the social worker signs in from the office meanwhile");

        TestApp.Clock.Advance(TimeSpan.FromSeconds(16));
        Assert.That((await LoginAsync(client, worker.Email, worker.Password, "192.0.2.66")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "after the delay");
        var refusals = await TestApp.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.LoginFailed && a.UserId == worker.Id)
            .OrderBy(a => a.Id).Select(a => a.Detail).ToListAsync());
        Assert.That(refusals, Is.EqualTo(new[] { "WrongPassword", "WrongPassword", "WrongPassword", "WrongPassword", "WrongPassword", "Throttled" }));
        Assert.That(await TestApp.WithDbAsync(db => db.Users.Where(u => u.Id == worker.Id).Select(u => u.LockoutEnd).SingleAsync()), Is.Null, "no lockout");
    }

    [Test]
    public async Task Known_unknown_and_disabled_accounts_get_the_same_answer()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var disabled = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        (await admin.PostAsync($"/api/v1/users/{disabled.Id}/disable", null)).EnsureSuccessStatusCode();
        using var client = TestApp.AnonymousClient();

        var answers = new List<(HttpStatusCode, string?)>();
        foreach (var (email, password) in new[] { (worker.Email, "not-the-password"), ("nobody@test.invalid", "whatever-password"), (disabled.Email, disabled.Password) })
        {
            var response = await LoginAsync(client, email, password);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            answers.Add((response.StatusCode, problem.GetProperty("title").GetString()));
        }

        Assert.That(answers.Distinct().ToList(), Has.Count.EqualTo(1), string.Join(" | ", answers));
        Assert.That(answers[0].Item1, Is.EqualTo(HttpStatusCode.Unauthorized));
        var details = await TestApp.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.LoginFailed).OrderBy(a => a.Id).Select(a => a.Detail).ToListAsync());
        Assert.That(details, Is.EqualTo(new[] { "WrongPassword", "UnknownAccount", "Disabled" }), "the trail knows why");
    }

    [Test]
    public async Task The_twenty_first_sign_in_attempt_in_a_minute_from_one_address_gets_429()
    {
        await using var limited = TestApp.Factory.WithWebHostBuilder(b => b.UseSetting("SignIn:PerAddressPerMinute", "20"));
        using var client = limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var attempt = 1; attempt <= 20; attempt++)
            Assert.That((await LoginAsync(client, $"nobody{attempt}@test.invalid", "whatever-password", "203.0.113.9")).StatusCode,
                Is.EqualTo(HttpStatusCode.Unauthorized), $"attempt {attempt}");

        var limitedAnswer = await LoginAsync(client, TestApp.AdminEmail, TestApp.AdminPassword, "203.0.113.9");
        Assert.That(limitedAnswer.StatusCode, Is.EqualTo((HttpStatusCode)429));
        Assert.That(limitedAnswer.Headers.RetryAfter, Is.Not.Null);
        Assert.That((await LoginAsync(client, TestApp.AdminEmail, TestApp.AdminPassword, "203.0.113.10")).StatusCode, Is.EqualTo(HttpStatusCode.OK),
            "another address is not limited");

        using var pageRequest = new HttpRequestMessage(HttpMethod.Post, "/Account/Login") { Content = new FormUrlEncodedContent(new Dictionary<string, string>()) };
        pageRequest.Headers.Add(TestAddress.Header, "203.0.113.9");
        Assert.That((await client.SendAsync(pageRequest)).StatusCode, Is.EqualTo((HttpStatusCode)429), "the sign-in page shares the limit");
    }

    [Test]
    public async Task Sign_in_page_shows_the_error_and_keeps_the_email()
    {
        using var client = TestApp.AnonymousClient();
        var response = await Forms.PostAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Data.Email"] = TestApp.AdminEmail,
            ["Data.Password"] = "wrong-password-here",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("Adresse e-mail ou mot de passe incorrect."));
        Assert.That(html, Does.Contain($"value=\"{TestApp.AdminEmail}\""));
    }

    [Test]
    public async Task Disabled_user_cannot_sign_in()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        var disable = await admin.PostAsync($"/api/v1/users/{worker.Id}/disable", null);
        Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        using var client = TestApp.AnonymousClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = worker.Email, password = worker.Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Sign_out_ends_the_page_session_and_is_audited()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var client = await TestApp.PageClientAsync(worker);
        var page = await client.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var after = await client.GetAsync("/Children");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Headers.Location?.ToString(), Does.Contain("/Account/Login"));
        var logouts = await TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Logout && a.UserId == worker.Id));
        Assert.That(logouts, Is.EqualTo(1));
    }
}
