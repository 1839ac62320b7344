using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.Reference;
using CaseManagement.Application.Security;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Features.Reference;

public sealed class CommuneTests : IntegrationTest
{
    private static readonly TestUser Admin = new(Guid.Empty, TestApp.AdminEmail, TestApp.AdminPassword, Guid.Empty, Roles.Administrator, "Administrateur");

    [Test]
    public async Task The_province_communes_are_loaded_with_the_official_municipality_codes()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var communes = await TestApp.SendAsync(new ListCommunes.Query(), worker);
        Assert.That(communes, Has.Count.EqualTo(26));
        Assert.That(communes.Single(c => c.Code == "481.01.11").Name, Is.EqualTo("Sidi Kacem"));
        Assert.That(communes.Count(c => c.IsOfficialCode), Is.EqualTo(5));
    }

    [Test]
    public async Task An_administrator_corrects_a_commune_and_a_stale_correction_gets_409()
    {
        var all = await TestApp.SendAsync(new ListAllCommunes.Query(), AdminUser());
        var commune = all.Single(c => c.Code == "SK-R02");
        using var admin = await TestApp.ApiClientAsync(Admin);

        var first = await admin.PutAsJsonAsync("/api/v1/communes/SK-R02", new
        {
            name = "Bni Oual (corrigé)", nameAr = commune.NameAr, milieu = "Rural", isOfficialCode = false, isActive = true, version = commune.Version,
        });
        var stale = await admin.PutAsJsonAsync("/api/v1/communes/SK-R02", new
        {
            name = "Autre nom", nameAr = commune.NameAr, milieu = "Rural", isOfficialCode = false, isActive = true, version = commune.Version,
        });

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        using var anyone = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.SocialWorker));
        var list = await anyone.GetFromJsonAsync<JsonElement>("/api/v1/communes");
        Assert.That(list.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "SK-R02").GetProperty("name").GetString(),
            Is.EqualTo("Bni Oual (corrigé)"));
    }

    [Test]
    public async Task A_retired_commune_is_no_longer_offered_and_social_workers_cannot_edit_communes()
    {
        var all = await TestApp.SendAsync(new ListAllCommunes.Query(), AdminUser());
        var commune = all.Single(c => c.Code == "SK-R21");
        await TestApp.SendAsync(new SaveCommune.Command
        {
            Code = commune.Code, Name = commune.Name, NameAr = commune.NameAr, Milieu = commune.Milieu, IsActive = false, Version = commune.Version,
        }, AdminUser());

        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var offered = await TestApp.SendAsync(new ListCommunes.Query(), worker);
        Assert.That(offered.Select(c => c.Code), Does.Not.Contain("SK-R21"));

        using var api = await TestApp.ApiClientAsync(worker);
        var edit = await api.PutAsJsonAsync("/api/v1/communes/SK-R01", new { name = "X", nameAr = "س", milieu = "Rural" });
        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static TestUser AdminUser() =>
        Admin with { Id = TestApp.AdminId, UnitId = TestApp.FirstUnitId };
}
