using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Security;
using CaseManagement.Domain.FollowUps;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Placements;

public sealed class EpsTests : IntegrationTest
{
    private static async Task<Guid> EstablishmentAsync(HttpClient supervisor, int capacity)
    {
        var response = await supervisor.PostAsJsonAsync("/api/v1/establishments", new
        {
            name = "Foyer d'accueil (fictif)", nameAr = "دار الاستقبال", category = "AbandonedChildren", capacity, capacityGirls = 0, capacityBoys = capacity,
            authorisationNumber = "65-15/001", communeCode = "481.01.11", projectOn = "2025-01-01",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> AdmitAsync(HttpClient client, Guid childId, Guid establishmentId) =>
        client.PostAsJsonAsync("/api/v1/eps-placements", new
        {
            childId, establishmentId, admittedOn = "2026-06-01", legalBasis = "JuvenileJudge", decisionReference = "JM-2026-44", reason = "Danger au domicile",
        });

    [Test]
    public async Task Admission_plans_reviews_every_six_months_until_18_and_warns_when_the_establishment_is_full()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        using var supervisorClient = await TestApp.ApiClientAsync(supervisor);
        var establishment = await EstablishmentAsync(supervisorClient, capacity: 1);
        var first = await TestApp.SendAsync(new ChildBuilder().BornOn(new DateOnly(2010, 9, 1)).Build(), worker);
        var second = await TestApp.SendAsync(new ChildBuilder().Named("Karim", "Bennani").NamedAr("كريم", "بناني").Build(), worker);
        using var client = await TestApp.ApiClientAsync(worker);

        var admitted = await AdmitAsync(client, first.Id, establishment);
        var overCapacity = await AdmitAsync(client, second.Id, establishment);

        Assert.That(admitted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await admitted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("warnings").GetArrayLength(), Is.Zero);
        Assert.That(overCapacity.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await overCapacity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings")[0].GetString(), Is.EqualTo("Eps.AtCapacity"));

        var placementId = body.GetProperty("id").GetGuid();
        var reviews = await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.EpsPlacementId == placementId).OrderBy(f => f.DueOn).Select(f => f.DueOn).ToListAsync());
        Assert.That(reviews, Is.EqualTo(new[] { new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 1), new DateOnly(2027, 12, 1), new DateOnly(2028, 6, 1) }),
            "every 6 months, the last before 1 September 2028");
    }

    [Test]
    public async Task An_exit_closes_the_placement_and_ends_its_reviews()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var supervisorClient = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.Supervisor));
        var establishment = await EstablishmentAsync(supervisorClient, capacity: 10);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var client = await TestApp.ApiClientAsync(worker);
        var id = (await (await AdmitAsync(client, child.Id, establishment)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var present = await client.PostAsJsonAsync($"/api/v1/eps-placements/{id}/transitions", new { to = "Present", date = "2026-06-02" });
        var runaway = await client.PostAsJsonAsync($"/api/v1/eps-placements/{id}/incidents", new { date = "2026-07-01", kind = "Runaway", description = "Fugue de nuit", action = "Police prévenue" });
        var back = await client.PostAsJsonAsync($"/api/v1/eps-placements/{id}/transitions", new { to = "Present", date = "2026-07-03" });
        var exit = await client.PostAsJsonAsync($"/api/v1/eps-placements/{id}/exit", new { date = "2026-11-20", reason = "FamilyReintegration", destination = "Famille maternelle" });
        var after = await client.PostAsJsonAsync($"/api/v1/eps-placements/{id}/transitions", new { to = "Present", date = "2026-11-25" });

        Assert.That(new[] { present.StatusCode, runaway.StatusCode, back.StatusCode, exit.StatusCode }, Is.All.EqualTo(HttpStatusCode.NoContent));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var planned = await TestApp.WithDbAsync(db => db.FollowUps.CountAsync(f => f.EpsPlacementId == id && f.Status == FollowUpStatus.Planned));
        Assert.That(planned, Is.Zero);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/eps-placements/{id}");
        Assert.That(stored.GetProperty("placement").GetProperty("status").GetString(), Is.EqualTo("Exited"));
        Assert.That(stored.GetProperty("placement").GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("to").GetString()),
            Is.EqualTo(new[] { "Admitted", "Present", "Runaway", "Present", "Exited" }));

        var page = await supervisorClient.GetFromJsonAsync<JsonElement>($"/api/v1/establishments/{establishment}");
        Assert.That(page.GetProperty("present").GetInt32(), Is.Zero);
        Assert.That(page.GetProperty("recentIncidents")[0].GetProperty("kind").GetString(), Is.EqualTo("Runaway"));
    }

    [Test]
    public async Task A_judicial_admission_needs_its_decision_reference_and_social_workers_do_not_manage_establishments()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var supervisorClient = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.Supervisor));
        var establishment = await EstablishmentAsync(supervisorClient, capacity: 10);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var client = await TestApp.ApiClientAsync(worker);

        var noReference = await client.PostAsJsonAsync("/api/v1/eps-placements", new { childId = child.Id, establishmentId = establishment, admittedOn = "2026-06-01", legalBasis = "Prosecutor" });
        var byWorker = await client.PostAsJsonAsync("/api/v1/establishments", new { name = "X", nameAr = "س", category = "Women", capacity = 5 });

        Assert.That(noReference.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(byWorker.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Two_admissions_of_the_same_child_at_once_leave_one_placement_open()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var supervisorClient = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.Supervisor));
        var establishment = await EstablishmentAsync(supervisorClient, capacity: 5);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var first = await TestApp.ApiClientAsync(worker);
        using var second = await TestApp.ApiClientAsync(worker);

        var responses = await Task.WhenAll(AdmitAsync(first, child.Id, establishment), AdmitAsync(second, child.Id, establishment));

        Assert.That(responses.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.That(await TestApp.WithDbAsync(db => db.EpsPlacements.CountAsync(p => p.ChildId == child.Id)), Is.EqualTo(1));
        await TestApp.WithDbAsync(async db =>
        {
            // Past the admission's own check, the database still refuses a second open placement.
            db.EpsPlacements.Add(Domain.Placements.EpsPlacement.Admit(TestApp.FirstUnitId, child.Id, null, establishment, worker.Id, new DateOnly(2026, 6, 2),
                false, Domain.Placements.EpsLegalBasis.JuvenileJudge, "JM-2026-45", "Deuxième admission", worker.Id, TestApp.Clock.GetUtcNow()));
            var taken = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.That(Application.Data.DatabaseErrors.IsUniqueViolation(taken!), Is.True);
            return 0;
        });
    }
}
