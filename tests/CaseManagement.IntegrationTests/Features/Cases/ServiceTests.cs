using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Cases;

public sealed class ServiceTests : IntegrationTest
{
    [Test]
    public async Task A_social_worker_records_a_service_and_finds_it_on_the_case_and_its_timeline_audited()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.InCare);
        using var worker = await TestApp.ApiClientAsync(world.Worker);

        var response = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/services",
            new { date = "2026-11-27", type = "SchoolReintegration", provider = "Unit", note = "Inscription au collège (invention)" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var serviceId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var @case = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        var service = @case.GetProperty("services").EnumerateArray().Single();
        Assert.That(service.GetProperty("type").GetString(), Is.EqualTo("SchoolReintegration"));
        Assert.That(service.GetProperty("date").GetString(), Is.EqualTo("2026-11-27"));
        Assert.That(@case.GetProperty("timeline").EnumerateArray().Any(e => e.GetProperty("kind").GetString() == "Service"), Is.True);
        var audited = await TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Create && a.SubjectType == nameof(ServiceDelivery) && a.SubjectId == serviceId));
        Assert.That(audited, Is.EqualTo(1));
        var contact = await TestApp.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.FirstContactOn).SingleAsync());
        Assert.That(contact, Is.LessThanOrEqualTo(new DateOnly(2026, 11, 27)), "a service given by the unit is a contact with the child");
    }

    [Test]
    public async Task A_service_needs_its_date_type_and_partner_and_cannot_be_in_the_future()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.InCare);
        using var worker = await TestApp.ApiClientAsync(world.Worker);

        var noPartner = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/services", new { date = "2026-11-27", type = "LegalAid", provider = "Partner" });
        var future = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/services", new { date = "2026-12-25", type = "LegalAid", provider = "Unit" });
        var noDate = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/services", new { type = "LegalAid", provider = "Unit" });

        Assert.That(noPartner.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await noPartner.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("partnerId", out _), Is.True);
        Assert.That(future.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await future.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("date", out _), Is.True);
        Assert.That(noDate.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await TestApp.WithDbAsync(db => db.ServiceDeliveries.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task Services_are_recorded_only_on_an_active_case_the_user_works_on()
    {
        var world = await CaseWorld.CreateAsync();
        var closed = await world.CaseInAsync(CaseStatus.Closed);
        var open = await world.CaseInAsync(CaseStatus.InCare);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        using var stranger = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.SocialWorker));
        using var otherUnit = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.SocialWorker, await TestApp.CreateUnitAsync("OT")));
        var body = new { date = "2026-11-28", type = "PsychosocialSupport", provider = "Unit" };

        Assert.That((await worker.PostAsJsonAsync($"/api/v1/cases/{closed}/services", body)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await stranger.PostAsJsonAsync($"/api/v1/cases/{open}/services", body)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await otherUnit.PostAsJsonAsync($"/api/v1/cases/{open}/services", body)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await TestApp.WithDbAsync(db => db.ServiceDeliveries.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task The_case_page_records_a_service_delivered_by_a_partner()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.InCare);
        var partner = await world.PartnerAsync();
        using var pages = await TestApp.PageClientAsync(world.Worker);

        var response = await Forms.PostAsync(pages, $"/Cases/Details/{id}", new Dictionary<string, string>
        {
            ["service.Date"] = "2026-11-28", ["service.Type"] = "HealthAccompaniment", ["service.Provider"] = "Partner", ["service.PartnerId"] = partner.ToString(),
            ["service.Note"] = "Certificat médical (inventé)",
        }, "Service");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Cases/Details/{id}"));
        Assert.That(page, Does.Contain("Accompagnement aux soins ou au certificat médical").And.Contain("Centre de santé (fictif)"));
        var contact = await TestApp.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.FirstContactOn).SingleAsync());
        Assert.That(contact, Is.Not.EqualTo(new DateOnly(2026, 11, 28)), "a partner's service is not the unit's contact");
    }
}
