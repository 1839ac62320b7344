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

    [Test]
    public async Task Wrong_password_gets_401_and_the_fifth_failure_locks_the_account()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var client = TestApp.AnonymousClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = worker.Email, password = "not-the-password" });
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"attempt {attempt}");
        }

        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = worker.Email, password = worker.Password });
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "locked out even with the right password");

        // Identity times lockouts with the real clock, so the 15 minutes are checked on the stored end.
        var lockoutEnd = await TestApp.WithDbAsync(db => db.Users.Where(u => u.Id == worker.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.That(lockoutEnd, Is.EqualTo(DateTimeOffset.UtcNow.AddMinutes(15)).Within(TimeSpan.FromMinutes(1)));

        var failures = await TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.LoginFailed && a.UserId == worker.Id));
        Assert.That(failures, Is.EqualTo(6));
    }

    [Test]
    public async Task Unknown_email_gets_the_same_401_as_a_wrong_password()
    {
        using var client = TestApp.AnonymousClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@test.invalid", password = "whatever-password" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
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
