using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.Placements;
using CaseManagement.Application.Security;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Placements;

public sealed class KafalaTests : IntegrationTest
{
    internal static object KafalaBody(Guid childId, string country = "MA") => new
    {
        childId,
        abandonment = new { court = "Tribunal de première instance (fictif)", fileNumber = "AB-2025-17", date = "2025-06-01", category = "AB2" },
        kafils = new object[]
        {
            new { kind = "Couple", fullName = "Rachid Alaoui (fictif)", identityDocument = "CIN X000001", countryOfResidence = country, legalConditionsVerified = true },
            new { kind = "Couple", fullName = "Nadia Alaoui (fictive)", identityDocument = "CIN X000002", countryOfResidence = country, legalConditionsVerified = true },
        },
        orderNumber = "OK-2025-03",
    };

    internal static async Task<(TestUser Worker, Guid ChildId, HttpClient Client, Guid Id)> OpenAsync(DateOnly? birth = null)
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().BornOn(birth ?? new DateOnly(2016, 4, 12)).Build(), worker);
        var client = await TestApp.ApiClientAsync(worker);
        var created = await client.PostAsJsonAsync("/api/v1/kafala-placements", KafalaBody(child.Id));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("DeclaredAbandoned"));
        return (worker, child.Id, client, body.GetProperty("id").GetGuid());
    }

    internal static async Task MoveAsync(HttpClient client, Guid id, string to, string date, string? reference = null, string? destination = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/kafala-placements/{id}/transitions", new { to, date, reference, destinationCountry = destination });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{to}: {await response.Content.ReadAsStringAsync()}");
    }

    internal static async Task HandOverAsync(HttpClient client, Guid id, string handOver)
    {
        await MoveAsync(client, id, "RequestFiled", "2025-07-01");
        await MoveAsync(client, id, "CommissionInquiry", "2025-08-01");
        await MoveAsync(client, id, "OrderIssued", "2025-10-01", "OK-2025-03");
        await MoveAsync(client, id, "HandedOver", handOver, "PV-77");
    }

    private static Task<List<DateOnly>> PlannedAsync(Guid id, FollowUpPurpose purpose) =>
        TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.KafalaPlacementId == id && f.Purpose == purpose && f.Status == FollowUpStatus.Planned)
            .OrderBy(f => f.DueOn).Select(f => f.DueOn).ToListAsync());

    [Test]
    public async Task Hand_over_plans_visits_at_1_3_6_12_months_then_yearly_until_the_18th_birthday()
    {
        var (_, _, client, id) = await OpenAsync(new DateOnly(2016, 4, 12));
        await HandOverAsync(client, id, "2026-01-15");

        var visits = await PlannedAsync(id, FollowUpPurpose.KafalaVisit);

        Assert.That(visits, Is.EqualTo(new[]
        {
            new DateOnly(2026, 2, 15), new DateOnly(2026, 4, 15), new DateOnly(2026, 7, 15), new DateOnly(2027, 1, 15),
            new DateOnly(2028, 1, 15), new DateOnly(2029, 1, 15), new DateOnly(2030, 1, 15), new DateOnly(2031, 1, 15),
            new DateOnly(2032, 1, 15), new DateOnly(2033, 1, 15), new DateOnly(2034, 1, 15),
        }));
        client.Dispose();
    }

    [TestCase("2025-02-27", 4, "2026-02-27")]
    [TestCase("2025-02-28", 3, "2025-08-28")]
    public async Task A_child_born_on_29_february_turns_18_on_28_february(string handOver, int count, string last)
    {
        var (_, _, client, id) = await OpenAsync(new DateOnly(2008, 2, 29));
        await HandOverAsync(client, id, handOver);

        var visits = await PlannedAsync(id, FollowUpPurpose.KafalaVisit);

        Assert.That(visits, Has.Count.EqualTo(count));
        Assert.That(visits[^1], Is.EqualTo(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
        client.Dispose();
    }

    [Test]
    public async Task Concerns_bring_the_visits_to_every_six_months_after_the_first_year()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().BornOn(new DateOnly(2020, 1, 1)).Build(), worker);
        var opened = await TestApp.SendAsync(new OpenKafala.Command
        {
            ChildId = child.Id, HasConcerns = true,
            Kafils = [new Kafil { Kind = KafilKind.Woman, FullName = "Fatima Zahra (fictive)", CountryOfResidence = "MA" }],
        }, worker);
        foreach (var (to, date, reference) in new[] { (KafalaStatus.RequestFiled, "2026-01-01", (string?)null), (KafalaStatus.CommissionInquiry, "2026-02-01", null),
                     (KafalaStatus.OrderIssued, "2026-03-01", "OK-1"), (KafalaStatus.HandedOver, "2026-04-01", "PV-1") })
            await TestApp.SendAsync(new TransitionKafala.Command { Id = opened.Id, To = to, Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Reference = reference }, worker);

        var visits = await PlannedAsync(opened.Id, FollowUpPurpose.KafalaVisit);
        Assert.That(visits.Take(6), Is.EqualTo(new[]
        {
            new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 1), new DateOnly(2026, 10, 1), new DateOnly(2027, 4, 1), new DateOnly(2027, 10, 1), new DateOnly(2028, 4, 1),
        }));
    }

    [Test]
    public async Task Moving_abroad_replans_reports_from_the_next_date_due()
    {
        var (_, _, client, id) = await OpenAsync(new DateOnly(2016, 4, 12));
        await HandOverAsync(client, id, "2026-11-01");
        var report = await client.PostAsJsonAsync($"/api/v1/kafala-placements/{id}/reports", new
        {
            date = "2026-11-28", type = "HomeVisit", findings = new[] { new { domain = "Health", finding = "Bonne santé" } }, concerns = (string?)null,
        });
        Assert.That(report.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the report fulfils the first visit (due 1 December)");

        await MoveAsync(client, id, "AuthorisedToLeave", "2027-01-10", "AUT-9", "FR");

        var visits = await PlannedAsync(id, FollowUpPurpose.KafalaVisit);
        var reports = await PlannedAsync(id, FollowUpPurpose.KafalaReport);
        Assert.That(visits, Is.Empty, "visits in Morocco end");
        Assert.That(reports.Take(3), Is.EqualTo(new[] { new DateOnly(2027, 5, 1), new DateOnly(2027, 11, 1), new DateOnly(2028, 11, 1) }),
            "from the next date due (1 February 2027): the 6-month and 12-month reports, then yearly");
        Assert.That(reports[^1], Is.LessThan(new DateOnly(2034, 4, 12)));
        client.Dispose();
    }

    [Test]
    public async Task Invalid_transitions_are_refused()
    {
        var (_, _, client, id) = await OpenAsync();

        var skip = await client.PostAsJsonAsync($"/api/v1/kafala-placements/{id}/transitions", new { to = "HandedOver", date = "2026-01-01" });
        var end = await client.PostAsJsonAsync($"/api/v1/kafala-placements/{id}/transitions", new { to = "Ended", date = "2026-01-01" });
        await MoveAsync(client, id, "RequestFiled", "2025-07-01");
        await MoveAsync(client, id, "CommissionInquiry", "2025-08-01");
        var noOrderNumber = await client.PostAsJsonAsync($"/api/v1/kafala-placements/{id}/transitions", new { to = "OrderIssued", date = "2025-09-01" });

        Assert.That(skip.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(end.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(noOrderNumber.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the number given at opening is used");
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/kafala-placements/{id}");
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("OrderIssued"));
        Assert.That(stored.GetProperty("transitions").GetArrayLength(), Is.EqualTo(4));
        client.Dispose();
    }

    [Test]
    public async Task The_nationality_date_is_computed_only_for_france_and_only_after_hand_over()
    {
        var (_, _, client, id) = await OpenAsync();
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/v1/kafala-placements/{id}");
        Assert.That(before.GetProperty("nationalityEligibleOn").ValueKind, Is.EqualTo(JsonValueKind.Null));

        await HandOverAsync(client, id, "2026-03-10");
        var inMorocco = await client.GetFromJsonAsync<JsonElement>($"/api/v1/kafala-placements/{id}");
        Assert.That(inMorocco.GetProperty("nationalityEligibleOn").ValueKind, Is.EqualTo(JsonValueKind.Null), "no destination yet");

        await MoveAsync(client, id, "AuthorisedToLeave", "2026-06-01", "AUT-1", "FR");
        var toFrance = await client.GetFromJsonAsync<JsonElement>($"/api/v1/kafala-placements/{id}");
        Assert.That(toFrance.GetProperty("nationalityEligibleOn").GetString(), Is.EqualTo("2029-03-10"));
        client.Dispose();

        var (_, _, other, spainId) = await OpenAsync();
        await HandOverAsync(other, spainId, "2026-03-10");
        await MoveAsync(other, spainId, "AuthorisedToLeave", "2026-06-01", "AUT-2", "ES");
        var toSpain = await other.GetFromJsonAsync<JsonElement>($"/api/v1/kafala-placements/{spainId}");
        Assert.That(toSpain.GetProperty("nationalityEligibleOn").ValueKind, Is.EqualTo(JsonValueKind.Null));
        other.Dispose();
    }

    [Test]
    public async Task Restricted_fields_are_hidden_from_a_social_worker_not_in_charge_and_administrators_read_nothing()
    {
        var (worker, _, client, id) = await OpenAsync();
        var colleague = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        using var colleagueClient = await TestApp.ApiClientAsync(colleague);
        using var supervisorClient = await TestApp.ApiClientAsync(supervisor);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);

        var own = await client.GetFromJsonAsync<JsonElement>($"/api/v1/kafala-placements/{id}");
        var other = await colleagueClient.GetFromJsonAsync<JsonElement>($"/api/v1/kafala-placements/{id}");
        var bySupervisor = await supervisorClient.GetFromJsonAsync<JsonElement>($"/api/v1/kafala-placements/{id}");
        var byAdmin = await admin.GetAsync($"/api/v1/kafala-placements/{id}");
        var colleagueEdit = await colleagueClient.PostAsJsonAsync($"/api/v1/kafala-placements/{id}/transitions", new { to = "RequestFiled", date = "2026-01-01" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(own.GetProperty("abandonment").GetProperty("category").GetString(), Is.EqualTo("AB2"));
            Assert.That(own.GetProperty("kafils")[0].GetProperty("identityDocument").GetString(), Is.EqualTo("CIN X000001"));
            Assert.That(bySupervisor.GetProperty("abandonment").GetProperty("category").GetString(), Is.EqualTo("AB2"));
            Assert.That(other.GetProperty("abandonment").GetProperty("category").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(other.GetProperty("kafils")[0].GetProperty("identityDocument").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(other.GetProperty("kafils")[0].GetProperty("fullName").GetString(), Is.EqualTo("Rachid Alaoui (fictif)"));
            Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(colleagueEdit.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }

        var restrictedReads = await TestApp.WithDbAsync(db => db.AuditEntries.Where(a => a.SubjectType == "KafalaRestricted" && a.SubjectId == id)
            .Select(a => a.UserId).ToListAsync());
        Assert.That(restrictedReads, Is.EquivalentTo(new Guid?[] { worker.Id, supervisor.Id }));
        client.Dispose();
    }

    [Test]
    public async Task Ending_a_kafala_cancels_its_planned_visits()
    {
        var (_, _, client, id) = await OpenAsync();
        await HandOverAsync(client, id, "2026-03-10");

        var ended = await client.PostAsJsonAsync($"/api/v1/kafala-placements/{id}/end", new { cause = "RevokedByJudge", date = "2026-11-20", decisionReference = "J-5" });

        Assert.That(ended.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await PlannedAsync(id, FollowUpPurpose.KafalaVisit), Is.Empty);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/kafala-placements/{id}");
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("Ended"));
        Assert.That(stored.GetProperty("end").GetProperty("cause").GetString(), Is.EqualTo("RevokedByJudge"));
        client.Dispose();
    }
}
