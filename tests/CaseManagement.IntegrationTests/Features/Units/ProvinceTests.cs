using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Units;

public sealed class ProvinceTests : IntegrationTest
{
    [Test]
    public async Task An_administrator_adds_a_province_places_a_unit_in_it_and_gives_it_a_provincial_viewer()
    {
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);

        var created = await admin.PostAsJsonAsync("/api/v1/provinces", new { code = "401", name = "Kénitra", nameAr = "القنيطرة" });
        var province = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var unit = await admin.PostAsJsonAsync("/api/v1/units", new { name = "UPE Kénitra", nameAr = "وحدة القنيطرة", code = "KN", provinceId = province });
        var viewer = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "lecteur@province.invalid", displayName = "Lecteur provincial", role = "ProvincialViewer", password = "Viewer-password-1", provinceId = province,
        });
        var noProvince = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "autre@province.invalid", displayName = "Autre", role = "PartnerViewer", password = "Viewer-password-1",
        });
        var duplicate = await admin.PostAsJsonAsync("/api/v1/provinces", new { code = "401", name = "Doublon", nameAr = "مكرر" });

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(unit.StatusCode, Is.EqualTo(HttpStatusCode.Created), await unit.Content.ReadAsStringAsync());
        Assert.That(viewer.StatusCode, Is.EqualTo(HttpStatusCode.Created), await viewer.Content.ReadAsStringAsync());
        Assert.That(noProvince.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await noProvince.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("provinceId", out _), Is.True);
        Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var stored = await TestApp.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "lecteur@province.invalid"));
        Assert.That((stored.UnitId, stored.ProvinceId), Is.EqualTo(((Guid?)null, (Guid?)province)), "a provincial viewer belongs to a province, not a unit");
        Assert.That(await TestApp.WithDbAsync(db => db.Units.Where(u => u.Code == "KN").Select(u => u.ProvinceId).SingleAsync()), Is.EqualTo(province));
    }

    [Test]
    public async Task Without_a_province_named_a_new_unit_joins_the_only_one()
    {
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);

        (await admin.PostAsJsonAsync("/api/v1/units", new { name = "UPE Mechra", nameAr = "وحدة مشرع", code = "MB" })).EnsureSuccessStatusCode();
        await TestApp.CreateProvinceAsync("402");
        var ambiguous = await admin.PostAsJsonAsync("/api/v1/units", new { name = "UPE X", nameAr = "وحدة", code = "XX" });

        Assert.That(await TestApp.WithDbAsync(db => db.Units.Where(u => u.Code == "MB").Select(u => u.ProvinceId).SingleAsync()), Is.EqualTo(TestApp.FirstProvinceId));
        Assert.That(ambiguous.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "two provinces: the administrator chooses");
    }

    [Test]
    public async Task The_provinces_page_lists_and_adds_provinces()
    {
        using var pages = await TestApp.PageClientAsync(new TestUser(TestApp.AdminId, TestApp.AdminEmail, TestApp.AdminPassword, TestApp.FirstUnitId, "Administrator", "Administrateur"));

        var response = await Forms.PostAsync(pages, "/Admin/Provinces", new Dictionary<string, string> { ["Data.Code"] = "403", ["Data.Name"] = "Sidi Slimane", ["Data.NameAr"] = "سيدي سليمان" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(WebUtility.HtmlDecode(await pages.GetStringAsync("/Admin/Provinces")), Does.Contain("Sidi Slimane").And.Contain("سيدي سليمان").And.Contain("Sidi Kacem"));
    }
}
