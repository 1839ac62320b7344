using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Security;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Features.Users;

public sealed class AdministrationTests : IntegrationTest
{
    [Test]
    public async Task Administrator_creates_a_unit_and_a_user_who_can_then_sign_in()
    {
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);

        var unitResponse = await admin.PostAsJsonAsync("/api/v1/units", new { name = "UPE Kénitra", nameAr = "وحدة حماية الطفولة القنيطرة", code = "KN" });
        Assert.That(unitResponse.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var unitId = (await unitResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var userResponse = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "nadia.new@test.invalid", displayName = "Nadia (fictive)", role = "SocialWorker", password = "a-long-enough-password", unitId,
        });
        Assert.That(userResponse.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units");
        Assert.That(units.EnumerateArray().Select(u => u.GetProperty("code").GetString()), Is.EquivalentTo(new[] { "SK", "KN" }));
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users");
        var created = users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("email").GetString() == "nadia.new@test.invalid");
        Assert.That(created.GetProperty("role").GetString(), Is.EqualTo("SocialWorker"));
        Assert.That(created.GetProperty("unitCode").GetString(), Is.EqualTo("KN"));

        using var nadia = await OwnPasswordAsync("nadia.new@test.invalid", "a-long-enough-password", "nadia-chooses-her-own-2026");
        var registered = await nadia.PostAsJsonAsync("/api/v1/children", new ChildBuilder().Build(), TestApp.Json);
        Assert.That((await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fileNumber").GetString(), Is.EqualTo("UPE-KN-2026-0001"));
    }

    /// <summary>An administrator chose the password: nothing works until the user chose theirs; then they sign in with it.</summary>
    private static async Task<HttpClient> OwnPasswordAsync(string email, string given, string chosen)
    {
        using (var first = await TestApp.ApiClientAsync(email, given))
        {
            var refused = await first.GetAsync("/api/v1/children");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "nothing before the user's own password");
            Assert.That((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), Does.Contain("administrateur"));
            var changed = await first.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = given, newPassword = chosen, confirmation = chosen });
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await changed.Content.ReadAsStringAsync());
            Assert.That((await first.GetAsync("/api/v1/children")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the token of the given password ends with it");
        }

        return await TestApp.ApiClientAsync(email, chosen);
    }

    [Test]
    public async Task The_accounts_list_is_read_a_page_at_a_time_by_name_and_by_unit()
    {
        var otherUnit = await TestApp.CreateUnitAsync("PG");
        var accounts = new List<TestUser>();
        for (var i = 0; i < 5; i++)
            accounts.Add(await TestApp.CreateUserAsync(Roles.SocialWorker, otherUnit));
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);

        var seen = new List<Guid>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users?unitId={otherUnit}&pageSize=2" + (after is null ? "" : $"&after={after}"));
            Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(5));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid()));
            after = page.GetProperty("next").GetString();
            pages++;
        }
        while (after is not null);
        var bad = await admin.GetAsync("/api/v1/users?after=not-a-cursor");

        Assert.That(pages, Is.EqualTo(3));
        Assert.That(seen, Is.EqualTo(accounts.OrderBy(a => a.DisplayName, StringComparer.Ordinal).ThenBy(a => a.Id).Select(a => a.Id)), "every account once, by name");
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var one = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{accounts[0].Id}");
        Assert.That(one.GetProperty("unitCode").GetString(), Is.EqualTo("PG"));
    }

    [Test]
    public async Task A_short_password_a_taken_email_and_an_unknown_role_are_field_errors()
    {
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        var response = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = TestApp.AdminEmail, displayName = "X", role = "Boss", password = "short",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "email", "role", "password" }));
    }

    [Test]
    public async Task A_duplicate_or_malformed_unit_code_is_refused()
    {
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        var duplicate = await admin.PostAsJsonAsync("/api/v1/units", new { name = "Autre", nameAr = "أخرى", code = "SK" });
        var malformed = await admin.PostAsJsonAsync("/api/v1/units", new { name = "Autre", nameAr = "أخرى", code = "sk-1" });
        Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(malformed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_social_worker_cannot_manage_users_or_units()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var api = await TestApp.ApiClientAsync(worker);

        var createUser = await api.PostAsJsonAsync("/api/v1/users", new { email = "x@test.invalid", displayName = "X", role = "Administrator", password = "a-long-enough-password" });
        var listUsers = await api.GetAsync("/api/v1/users");
        var createUnit = await api.PostAsJsonAsync("/api/v1/units", new { name = "X", nameAr = "س", code = "XX" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(createUser.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(listUsers.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(createUnit.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }

        using var pages = await TestApp.PageClientAsync(worker);
        var usersPage = await pages.GetAsync("/Admin/Users");
        Assert.That(usersPage.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(usersPage.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
    }

    [Test]
    public async Task The_command_itself_refuses_a_social_worker_whoever_sends_it()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var command = new CaseManagement.Application.Features.Users.CreateUser.Command
        {
            Email = "y@test.invalid", DisplayName = "Y", Role = Roles.Administrator, Password = "a-long-enough-password",
        };
        Assert.That(async () => await TestApp.SendAsync(command, worker), Throws.TypeOf<CaseManagement.Application.Errors.ForbiddenException>());
        Assert.That(async () => await TestApp.SendAsync(command, null), Throws.TypeOf<CaseManagement.Application.Errors.UnauthenticatedException>());
    }

    [Test]
    public async Task Changing_a_users_role_and_resetting_the_password_take_effect()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);

        var access = await admin.PutAsJsonAsync($"/api/v1/users/{worker.Id}/access", new { role = "Supervisor", unitId = worker.UnitId });
        var reset = await admin.PostAsJsonAsync($"/api/v1/users/{worker.Id}/password", new { newPassword = "a-brand-new-password" });
        Assert.That(access.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        using var client = TestApp.AnonymousClient();
        var oldPassword = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = worker.Email, password = worker.Password });
        Assert.That(oldPassword.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using var promoted = await OwnPasswordAsync(worker.Email, "a-brand-new-password", "the-workers-own-password");
        Assert.That((await promoted.GetAsync("/api/v1/audit")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "supervisors read the audit trail");
    }

    [Test]
    public async Task Administrator_creates_a_user_through_the_page_and_sees_errors_beside_the_fields()
    {
        var admin = new TestUser(TestApp.AdminId, TestApp.AdminEmail, TestApp.AdminPassword, TestApp.FirstUnitId, Roles.Administrator, "Administrateur");
        using var pages = await TestApp.PageClientAsync(admin);

        var bad = await Forms.PostAsync(pages, "/Admin/Users", new Dictionary<string, string>
        {
            ["Data.DisplayName"] = "Karim (fictif)", ["Data.Email"] = "karim@test.invalid", ["Data.Password"] = "short",
            ["Data.Role"] = "SocialWorker", ["Data.UnitId"] = TestApp.FirstUnitId.ToString(), ["Data.PreferredCulture"] = "fr",
        });
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.That(html, Does.Match("data-valmsg-for=\"Data.Password\"[^>]*>[^<]*12[^<]*<"), "the password message sits beside the field");
        Assert.That(html, Does.Contain("value=\"karim@test.invalid\""), "what the user typed is kept");

        var good = await Forms.PostAsync(pages, "/Admin/Users", new Dictionary<string, string>
        {
            ["Data.DisplayName"] = "Karim (fictif)", ["Data.Email"] = "karim@test.invalid", ["Data.Password"] = "long-enough-password",
            ["Data.Role"] = "SocialWorker", ["Data.UnitId"] = TestApp.FirstUnitId.ToString(), ["Data.PreferredCulture"] = "fr",
        });
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "post/redirect/get");
        Assert.That(await pages.GetStringAsync("/Admin/Users"), Does.Contain("karim@test.invalid"));
    }
}
