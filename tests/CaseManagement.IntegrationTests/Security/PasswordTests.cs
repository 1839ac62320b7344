using System.Net;
using System.Net.Http.Json;
using CaseManagement.Application.Security;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Security;

/// <summary>The password an administrator gives is a one-time key: the user replaces it with their own, which may not be a common one.</summary>
public sealed class PasswordTests : IntegrationTest
{
    [Test]
    public async Task A_new_user_replaces_the_given_password_on_the_page_before_anything_else_and_common_ones_are_refused()
    {
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "samia.new@test.invalid", displayName = "Samia (fictive)", role = Roles.SocialWorker, password = "given-by-the-admin-1", unitId = TestApp.FirstUnitId,
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var samia = new TestUser(Guid.Empty, "samia.new@test.invalid", "given-by-the-admin-1", TestApp.FirstUnitId, Roles.SocialWorker, "Samia (fictive)");

        using var pages = await TestApp.PageClientAsync(samia);
        var children = await pages.GetAsync("/Children");
        Assert.That(children.Headers.Location?.ToString(), Is.EqualTo("/Account/ChangePassword"));

        var fields = (string current, string chosen, string confirmation) => new Dictionary<string, string>
        {
            ["Data.CurrentPassword"] = current, ["Data.NewPassword"] = chosen, ["Data.Confirmation"] = confirmation,
        };
        foreach (var (current, chosen, message) in new[]
                 {
                     ("given-by-the-admin-1", "Motdepasse2026!", "trop courant"),
                     ("given-by-the-admin-1", "azertyuiop123", "trop courant"),
                     ("given-by-the-admin-1", "samia.new@test.invalid", "trop courant"),
                     ("wrong-current-password", "une phrase bien à moi", "actuel est incorrect"),
                     ("given-by-the-admin-1", "court", "12"),
                 })
        {
            var refused = await Forms.PostAsync(pages, "/Account/ChangePassword", fields(current, chosen, chosen));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK), chosen);
            Assert.That(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), Does.Contain(message), chosen);
        }

        var mismatch = await Forms.PostAsync(pages, "/Account/ChangePassword", fields("given-by-the-admin-1", "une phrase bien à moi", "une autre phrase"));
        Assert.That(WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync()), Does.Contain("ne correspond pas"));

        var changed = await Forms.PostAsync(pages, "/Account/ChangePassword", fields("given-by-the-admin-1", "une phrase bien à moi", "une phrase bien à moi"));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await pages.GetAsync("/Children")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the page session goes on with the new password");
        using var client = TestApp.AnonymousClient();
        Assert.That((await client.PostAsJsonAsync("/api/v1/auth/login", new { email = samia.Email, password = samia.Password })).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await client.PostAsJsonAsync("/api/v1/auth/login", new { email = samia.Email, password = "une phrase bien à moi" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_administrator_corrects_a_users_name_email_and_language_and_the_language_applies_at_sign_in()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        var taken = await admin.PutAsJsonAsync($"/api/v1/users/{worker.Id}", new { displayName = "X", email = TestApp.AdminEmail, preferredCulture = "ar" });
        Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        var edited = await admin.PutAsJsonAsync($"/api/v1/users/{worker.Id}", new { displayName = "Karima Tazi (fictive)", email = "karima.tazi@test.invalid", preferredCulture = "ar" });
        Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var users = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/users");
        var row = users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == worker.Id);
        Assert.That(row.GetProperty("displayName").GetString(), Is.EqualTo("Karima Tazi (fictive)"));
        Assert.That(row.GetProperty("lastSignInAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));

        using var pages = await TestApp.PageClientAsync(worker with { Email = "karima.tazi@test.invalid" });
        var home = await pages.GetStringAsync("/");
        Assert.That(home, Does.Contain("<html lang=\"ar\" dir=\"rtl\">"), "her language from the sign-in on");
        users = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/users");
        Assert.That(users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == worker.Id).GetProperty("lastSignInAt").ValueKind,
            Is.EqualTo(System.Text.Json.JsonValueKind.String));
        using var client = TestApp.AnonymousClient();
        Assert.That((await client.PostAsJsonAsync("/api/v1/auth/login", new { email = worker.Email, password = worker.Password })).StatusCode,
            Is.EqualTo(HttpStatusCode.Unauthorized), "the old e-mail is no sign-in name any more");
    }
}

/// <summary>"Forgot your password?": one link by e-mail, good once and for 30 minutes, and the same answer for everybody.</summary>
public sealed partial class PasswordResetTests : IntegrationTest
{
    private static async Task<string> LinkForAsync(string email)
    {
        for (var wait = 0; wait < 100; wait++)
        {
            var mail = TestApp.Smtp.ReceivedEmail.FirstOrDefault(m => m.ToAddresses.Any(a => a.Address == email));
            if (mail is not null)
            {
                var message = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));
                var link = Link().Match(message.TextBody ?? string.Empty).Value;
                Assert.That(link, Is.Not.Empty, message.TextBody);
                return new Uri(link).PathAndQuery;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"no e-mail reached {email}");
        return string.Empty;
    }

    private static Task<HttpResponseMessage> AskAsync(HttpClient client, string email) =>
        Forms.PostAsync(client, "/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = email });

    [Test]
    public async Task A_link_by_email_sets_a_new_password_once_and_unlocks_and_nobody_learns_whether_an_address_exists()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var client = TestApp.AnonymousClient();

        var known = await (await AskAsync(client, worker.Email)).Content.ReadAsStringAsync();
        var unknown = await (await AskAsync(client, "nobody@test.invalid")).Content.ReadAsStringAsync();
        static string Answer(string html) => System.Text.RegularExpressions.Regex.Match(html, "<p class=\"alert alert-info\" role=\"status\">([^<]+)</p>").Groups[1].Value;
        Assert.That(Answer(known), Is.Not.Empty.And.EqualTo(Answer(unknown)), "the same answer");

        var link = await LinkForAsync(worker.Email);
        await Task.Delay(200);
        Assert.That(TestApp.Smtp.ReceivedEmail.SelectMany(m => m.ToAddresses).Select(a => a.Address), Is.EqualTo(new[] { worker.Email }), "no mail for an unknown address");
        await TestApp.WithDbAsync(db => db.Users.Where(u => u.Id == worker.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(10)).SetProperty(u => u.MustChangePassword, true)));

        var fields = new Dictionary<string, string> { ["Data.NewPassword"] = "ma phrase de secours 2026", ["Data.Confirmation"] = "ma phrase de secours 2026" };
        var done = await Forms.PostAsync(client, link, fields);
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await done.Content.ReadAsStringAsync());
        var again = await Forms.PostAsync(client, link, new Dictionary<string, string> { ["Data.NewPassword"] = "une autre phrase encore", ["Data.Confirmation"] = "une autre phrase encore" });
        Assert.That(WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), Does.Contain("n'est plus valable"), "the link serves once");

        using var api = TestApp.AnonymousClient();
        var signedIn = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = worker.Email, password = "ma phrase de secours 2026" });
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), "unlocked, and the user's own password: no forced change");
        using var pages = await TestApp.PageClientAsync(worker with { Password = "ma phrase de secours 2026" });
        Assert.That((await pages.GetAsync("/Children")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_link_older_than_thirty_minutes_no_longer_works()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var client = TestApp.AnonymousClient();
        await AskAsync(client, worker.Email);
        var link = await LinkForAsync(worker.Email);

        TestApp.Clock.Advance(TimeSpan.FromMinutes(31));
        var late = await Forms.PostAsync(client, link, new Dictionary<string, string> { ["Data.NewPassword"] = "ma phrase de secours 2026", ["Data.Confirmation"] = "ma phrase de secours 2026" });
        Assert.That(WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), Does.Contain("n'est plus valable"));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://\S+/Account/ResetPassword\?\S+")]
    private static partial System.Text.RegularExpressions.Regex Link();
}
