using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Security;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Children;

public sealed class RegisterChildTests : IntegrationTest
{
    [Test]
    public async Task Social_worker_registers_a_child_and_gets_the_first_file_number_of_the_year()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var client = await TestApp.ApiClientAsync(worker);

        var response = await client.PostAsJsonAsync("/api/v1/children", new ChildBuilder().Build(), TestApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.GetProperty("fileNumber").GetString(), Is.EqualTo("UPE-SK-2026-0001"));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/children/{id}"));
        }

        var child = await client.GetFromJsonAsync<JsonElement>($"/api/v1/children/{id}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(child.GetProperty("givenNameAr").GetString(), Is.EqualTo("سلمى"));
            Assert.That(child.GetProperty("sex").GetString(), Is.EqualTo("Female"));
            Assert.That(child.GetProperty("dateOfBirth").GetString(), Is.EqualTo("2016-04-12"));
            Assert.That(child.GetProperty("communeCode").GetString(), Is.EqualTo("481.01.11"));
            Assert.That(child.GetProperty("age").GetInt32(), Is.EqualTo(10));
            Assert.That(child.GetProperty("familyMembers")[0].GetProperty("relationship").GetString(), Is.EqualTo("Mother"));
            Assert.That(child.GetProperty("createdBy").GetGuid(), Is.EqualTo(worker.Id));
        }
    }

    [Test]
    public async Task A_child_named_only_in_arabic_script_is_accepted()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var result = await TestApp.SendAsync(new ChildBuilder().Named(null, null).Build(), worker);
        Assert.That(result.FileNumber, Does.StartWith("UPE-SK-2026-"));
    }

    [TestCase(null, null, null, null, "givenName")]
    [TestCase("", "", "", "", "givenNameAr")]
    [TestCase("Salma", null, null, null, "familyName")]
    public async Task Missing_names_get_400_with_field_errors_and_nothing_is_stored(
        string? given, string? family, string? givenAr, string? familyAr, string field)
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var client = await TestApp.ApiClientAsync(worker);

        var response = await client.PostAsJsonAsync("/api/v1/children",
            new ChildBuilder().Named(given, family).NamedAr(givenAr, familyAr).Build(), TestApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out var messages), Is.True, problem.ToString());
        Assert.That(messages[0].GetString(), Is.Not.Empty);
        Assert.That(await TestApp.WithDbAsync(db => db.Children.CountAsync()), Is.Zero);
        Assert.That(await TestApp.WithDbAsync(db => db.FileNumberSequences.CountAsync()), Is.Zero, "no number is consumed");
    }

    [Test]
    public async Task A_future_birth_date_gets_400_in_the_users_language_and_nothing_is_stored()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var client = await TestApp.ApiClientAsync(worker);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar-MA");

        var response = await client.PostAsJsonAsync("/api/v1/children",
            new ChildBuilder().BornOn(new DateOnly(2026, 11, 30)).Build(), TestApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").GetProperty("dateOfBirth")[0].GetString(),
            Is.EqualTo("لا يمكن أن يكون تاريخ الازدياد في المستقبل."));
        Assert.That(await TestApp.WithDbAsync(db => db.Children.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task Today_in_casablanca_is_not_in_the_future_even_when_utc_is_still_yesterday()
    {
        // 23:30 UTC on 29 Nov is 00:30 on 30 Nov in Casablanca (UTC+1): a baby born "today" there is valid.
        TestApp.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero));
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);

        var result = await TestApp.SendAsync(new ChildBuilder().BornOn(new DateOnly(2026, 11, 30)).Build(), worker);

        Assert.That(result.FileNumber, Is.EqualTo("UPE-SK-2026-0001"));
    }

    [Test]
    public async Task An_unknown_commune_is_refused()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var client = await TestApp.ApiClientAsync(worker);

        var response = await client.PostAsJsonAsync("/api/v1/children", new ChildBuilder().InCommune("999.99.99").Build(), TestApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").TryGetProperty("communeCode", out _), Is.True);
    }

    [Test]
    public async Task File_numbers_are_sequential_and_unique_under_concurrent_registrations()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TestApp.ApiClientAsync(worker)));
        const int count = 24;

        var responses = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            clients[i % clients.Length].PostAsJsonAsync("/api/v1/children",
                new ChildBuilder().Named($"Enfant{i}", "Test").NamedAr(null, null).Build(), TestApp.Json)));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        var numbers = await TestApp.WithDbAsync(db => db.Children.Select(c => c.FileNumber).ToListAsync());
        var expected = Enumerable.Range(1, count).Select(n => $"UPE-SK-2026-{n:D4}");
        Assert.That(numbers, Is.EquivalentTo(expected));
        foreach (var client in clients)
            client.Dispose();
    }

    [Test]
    public async Task Each_unit_numbers_its_own_files()
    {
        var otherUnit = await TestApp.CreateUnitAsync("KN");
        var here = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var there = await TestApp.CreateUserAsync(Roles.SocialWorker, otherUnit);

        var first = await TestApp.SendAsync(new ChildBuilder().Build(), here);
        var second = await TestApp.SendAsync(new ChildBuilder().Build(), there);
        var third = await TestApp.SendAsync(new ChildBuilder().Named("Hamza", "Idrissi").Build(), here);

        Assert.That(new[] { first.FileNumber, second.FileNumber, third.FileNumber },
            Is.EqualTo(new[] { "UPE-SK-2026-0001", "UPE-KN-2026-0001", "UPE-SK-2026-0002" }));
    }

    [Test]
    public async Task Administrators_and_provincial_viewers_cannot_register_or_read_children()
    {
        var viewer = await TestApp.CreateUserAsync(Roles.ProvincialViewer);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        using var provincial = await TestApp.ApiClientAsync(viewer);

        var byAdmin = await admin.PostAsJsonAsync("/api/v1/children", new ChildBuilder().Build(), TestApp.Json);
        var byViewer = await provincial.GetAsync("/api/v1/children");

        Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byViewer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Registration_warns_about_a_likely_duplicate_in_either_script()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var existing = await TestApp.SendAsync(new ChildBuilder().Build(), worker);

        var byArabic = await TestApp.SendAsync(new FindDuplicates.Query { GivenNameAr = "سَلمى", FamilyNameAr = "العزوزي", DateOfBirth = new DateOnly(2016, 1, 1) }, worker);
        var byLatin = await TestApp.SendAsync(new FindDuplicates.Query { GivenName = "SALMA", FamilyName = "azouzi" }, worker);
        var otherYear = await TestApp.SendAsync(new FindDuplicates.Query { GivenName = "Salma", FamilyName = "Azouzi", DateOfBirth = new DateOnly(2012, 1, 1) }, worker);
        var byNumber = await TestApp.SendAsync(new FindDuplicates.Query { FileNumber = existing.FileNumber.ToLowerInvariant() }, worker);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byArabic.Select(c => c.Id), Is.EqualTo(new[] { existing.Id }));
            Assert.That(byLatin.Select(c => c.Id), Is.EqualTo(new[] { existing.Id }));
            Assert.That(otherYear, Is.Empty);
            Assert.That(byNumber.Select(c => c.Id), Is.EqualTo(new[] { existing.Id }));
        }
    }
}
