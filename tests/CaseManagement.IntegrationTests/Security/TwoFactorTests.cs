using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Security;

/// <summary>Two-factor sign-in with an authenticator app; the codes are computed here from the shared key, as the app would.</summary>
public sealed partial class TwoFactorTests : IntegrationTest
{
    private static string Now() => TwoFactor.CodeAt(_key!, TestApp.Clock.GetUtcNow());
    private static string? _key;

    /// <summary>Enrols through the account page: reads the key, confirms with a code, returns the recovery codes shown once.</summary>
    private static async Task<(string Key, List<string> RecoveryCodes)> EnrolAsync(HttpClient pages)
    {
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync("/Account/Security"));
        Assert.That(page, Does.Contain("data:image/png;base64,"), "a QR code");
        _key = KeyText().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.That(_key, Has.Length.GreaterThanOrEqualTo(16));

        var wrong = await Forms.PostAsync(pages, "/Account/Security", new Dictionary<string, string> { ["Code"] = "000000" }, "Enable");
        Assert.That(WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), Does.Contain("Code incorrect"));
        var enabled = await Forms.PostAsync(pages, "/Account/Security", new Dictionary<string, string> { ["Code"] = Now() }, "Enable");
        var html = WebUtility.HtmlDecode(await enabled.Content.ReadAsStringAsync());
        var codes = RecoveryCode().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.That(codes, Has.Count.EqualTo(TwoFactor.RecoveryCodes), "shown once, on this answer");
        Assert.That(WebUtility.HtmlDecode(await pages.GetStringAsync("/Account/Security")), Does.Not.Contain(codes[0]), "and never again");
        return (_key, codes);
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, TestUser user, string? code = null, string? recovery = null) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password, twoFactorCode = code, recoveryCode = recovery });

    [Test]
    public async Task A_code_signs_in_once_a_recovery_code_once_and_a_wrong_code_never()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var pages = await TestApp.PageClientAsync(worker);
        var (_, recovery) = await EnrolAsync(pages);
        using var client = TestApp.AnonymousClient();

        var passwordOnly = await LoginAsync(client, worker);
        Assert.That(passwordOnly.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await passwordOnly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("twoFactorRequired").GetBoolean(), Is.True);
        Assert.That((await LoginAsync(client, worker, Now())).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the code that confirmed enrolment is used up");

        TestApp.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = Now();
        Assert.That((await LoginAsync(client, worker, code)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await LoginAsync(client, worker, code)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "a code replayed within its 30 s");
        Assert.That((await LoginAsync(client, worker, "123456")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await LoginAsync(client, worker, recovery: recovery[3])).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await LoginAsync(client, worker, recovery: recovery[3])).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "a recovery code serves once");

        // The page: password, then the code.
        TestApp.Clock.Advance(TimeSpan.FromSeconds(30));
        using var browser = TestApp.AnonymousClient();
        var first = await Forms.PostAsync(browser, "/Account/Login", new Dictionary<string, string> { ["Data.Email"] = worker.Email, ["Data.Password"] = worker.Password });
        Assert.That(first.Headers.Location?.ToString(), Does.StartWith("/Account/LoginTwoFactor"));
        Assert.That((await browser.GetAsync("/Children")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the password alone opens nothing");
        var second = await Forms.PostAsync(browser, first.Headers.Location!.ToString(), new Dictionary<string, string> { ["Data.Code"] = Now() });
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await browser.GetAsync("/Children")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var logins = await TestApp.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == worker.Id && (a.Action == AuditAction.Login || a.Action == AuditAction.LoginFailed))
            .OrderBy(a => a.Id).Select(a => a.Action + ":" + a.Detail).ToListAsync());
        Assert.That(logins, Does.Contain("LoginFailed:WrongCode").And.Contain("Login:TwoFactor").And.Contain("Login:RecoveryCode").And.Contain("LoginFailed:WrongRecoveryCode"));
    }

    [Test]
    public async Task Supervisors_and_administrators_enrol_before_anything_else_and_an_administrator_resets_a_lost_authenticator()
    {
        await using var strict = TestApp.Factory.WithWebHostBuilder(b => b.UseSetting("TwoFactor:RequiredRoles", "Administrator,Supervisor"));
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        using var api = strict.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await LoginAsync(api, supervisor);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), Does.Contain("deux étapes"));

        using var pages = strict.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signedIn = await Forms.PostAsync(pages, "/Account/Login", new Dictionary<string, string> { ["Data.Email"] = supervisor.Email, ["Data.Password"] = supervisor.Password });
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var elsewhere = await pages.GetAsync("/Cases");
        Assert.That(elsewhere.Headers.Location?.ToString(), Is.EqualTo("/Account/Security"), "every page leads to enrolment");
        await EnrolAsync(pages);
        Assert.That((await pages.GetAsync("/Cases")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "enrolled: the unit's cases");

        TestApp.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.That((await LoginAsync(api, supervisor, Now())).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        Assert.That((await admin.PostAsync($"/api/v1/users/{supervisor.Id}/two-factor/reset", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await pages.GetAsync("/Cases")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the reset ends the sessions");
        Assert.That((await LoginAsync(api, supervisor)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "enrol again");
        var audit = await TestApp.WithDbAsync(db => db.AuditEntries.Where(a => a.SubjectId == supervisor.Id && a.Action == AuditAction.Update && a.UserId == TestApp.AdminId)
            .Select(a => a.ChangedFields).ToListAsync());
        Assert.That(audit, Has.Some.Contains("TwoFactorEnabled"));
    }

    [GeneratedRegex("<code class=\"user-select-all\" dir=\"ltr\">([A-Z2-7 ]+)</code>")]
    private static partial Regex KeyText();

    [GeneratedRegex("<li>([0-9A-Z]{5}-[0-9A-Z]{5})</li>")]
    private static partial Regex RecoveryCode();
}
