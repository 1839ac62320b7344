using System.Net;
using CaseManagement.Application.Security;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Children;

public sealed class ChildPagesTests : IntegrationTest
{
    private static Dictionary<string, string> Form(string given, string family, string givenAr, string familyAr, string dateOfBirth) => new()
    {
        ["Data.GivenName"] = given,
        ["Data.FamilyName"] = family,
        ["Data.GivenNameAr"] = givenAr,
        ["Data.FamilyNameAr"] = familyAr,
        ["Data.Sex"] = "Male",
        ["Data.DateOfBirth"] = dateOfBirth,
        ["Data.Nationality"] = "MA",
        ["Data.CommuneCode"] = "SK-R01",
        ["Data.Schooling"] = "Enrolled",
        ["Languages"] = "Darija",
        ["Data.FamilyMembers[0].Name"] = "Aicha Ouali",
        ["Data.FamilyMembers[0].Relationship"] = "Mother",
        ["Data.FamilyMembers[0].IsAlive"] = "true",
        ["Data.FamilyMembers[1].Name"] = "",
        ["Data.FamilyMembers[1].Relationship"] = "Father",
    };

    [Test]
    public async Task A_social_worker_registers_a_child_through_the_page_and_lands_on_the_file()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var pages = await TestApp.PageClientAsync(worker);

        var response = await Forms.PostAsync(pages, "/Children/Register", Form("Youssef", "Ouali", "يوسف", "الوالي", "2013-05-20"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var details = await pages.GetStringAsync(response.Headers.Location!.ToString());
        Assert.That(details, Does.Contain("UPE-SK-2026-0001").And.Contain("Youssef").And.Contain("Aicha Ouali").And.Contain("Ain Dfali"));
        var child = await TestApp.WithDbAsync(db => db.Children.SingleAsync());
        Assert.That(child.FamilyMembers, Has.Count.EqualTo(1), "the empty family row is not stored");
    }

    [Test]
    public async Task Page_errors_sit_beside_the_fields_and_keep_what_was_typed()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var pages = await TestApp.PageClientAsync(worker);

        var response = await Forms.PostAsync(pages, "/Children/Register", Form("", "", "", "الوالي", "2031-01-01"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Match("data-valmsg-for=\"Data.DateOfBirth\"[^>]*>La date de naissance ne peut pas être dans le futur.<"));
        Assert.That(html, Does.Match("data-valmsg-for=\"Data.GivenName\"[^>]*>Indiquez le prénom"));
        Assert.That(html, Does.Contain("value=\"الوالي\""));
        Assert.That(await TestApp.WithDbAsync(db => db.Children.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task A_likely_duplicate_is_shown_before_registering_and_can_be_overridden()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var pages = await TestApp.PageClientAsync(worker);
        var first = await Forms.PostAsync(pages, "/Children/Register", Form("Youssef", "Ouali", "يوسف", "الوالي", "2013-05-20"));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var second = await Forms.PostAsync(pages, "/Children/Register", Form("YOUSSEF", "ouali", "", "", "2013-01-01"));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("UPE-SK-2026-0001").And.Contain("ConfirmedNotDuplicate"));
        Assert.That(await TestApp.WithDbAsync(db => db.Children.CountAsync()), Is.EqualTo(1));

        var form = Form("YOUSSEF", "ouali", "", "", "2013-01-01");
        form["ConfirmedNotDuplicate"] = "true";
        var confirmed = await Forms.PostAsync(pages, "/Children/Register", form);
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await TestApp.WithDbAsync(db => db.Children.CountAsync()), Is.EqualTo(2));
    }

    [Test]
    public async Task A_stale_page_edit_shows_the_conflict_and_changes_nothing()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var pages = await TestApp.PageClientAsync(worker);
        var editPage = await pages.GetStringAsync($"/Children/Edit/{child.Id}");
        var version = System.Text.RegularExpressions.Regex.Match(editPage, "name=\"Data.Version\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.That(version, Is.Not.Empty);

        using var other = await TestApp.ApiClientAsync(worker);
        var current = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(other, $"/api/v1/children/{child.Id}");
        var body = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(current.GetRawText())!;
        body["address"] = "Douar changé ailleurs";
        (await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(other, $"/api/v1/children/{child.Id}", body)).EnsureSuccessStatusCode();

        var form = Form("Salma", "Azouzi", "سلمى", "العزوزي", "2016-04-12");
        form["Data.Version"] = System.Net.WebUtility.HtmlDecode(version);
        var response = await Forms.PostAsync(pages, $"/Children/Edit/{child.Id}", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("autre a modifié cet enregistrement"));
        var stored = await TestApp.WithDbAsync(db => db.Children.SingleAsync());
        Assert.That(stored.Address, Is.EqualTo("Douar changé ailleurs"));
        Assert.That(stored.Sex, Is.EqualTo(CaseManagement.Domain.Children.Sex.Female));
    }

    [Test]
    public async Task Pages_render_right_to_left_in_arabic_and_left_to_right_in_french_and_english()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var pages = await TestApp.PageClientAsync(worker);

        var french = await pages.GetStringAsync("/Children/Register");
        Assert.That(french, Does.Contain("<html lang=\"fr\" dir=\"ltr\">").And.Contain("Nouvel enfant"));

        var page = await pages.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var switched = await pages.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "ar", ["returnUrl"] = "/Children/Register", ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
        }));
        Assert.That(switched.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var arabic = await pages.GetStringAsync("/Children/Register");
        Assert.That(arabic, Does.Contain("<html lang=\"ar\" dir=\"rtl\">").And.Contain("bootstrap.rtl.min.").And.Contain("طفل جديد"));
    }

    [Test]
    public async Task The_search_page_finds_a_child_typed_in_arabic()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var pages = await TestApp.PageClientAsync(worker);

        var html = await pages.GetStringAsync("/Children?q=" + Uri.EscapeDataString("سلمى"));

        Assert.That(html, Does.Contain(child.FileNumber).And.Contain($"/Children/Details/{child.Id}"));
    }
}
