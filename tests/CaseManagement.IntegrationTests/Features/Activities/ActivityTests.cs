using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Activities;
using CaseManagement.Domain.Auditing;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Activities;

public sealed class ActivityTests : IntegrationTest
{
    private static object Training(string date = "2026-11-20") => new
    {
        date, type = "Training", place = "Salle de la province", communeCode = "481.01.11", hours = 6, topic = "Écoute de l'enfant",
        organisers = "Khamsa, AMIS", participants = new { professionalsFemale = 3, professionalsMale = 2 },
        trainees = new[] { new { name = "Travailleuse sociale A (fictive)", organisation = "UPE", certified = true }, new { name = "Éducateur B (fictif)", organisation = "EPS", certified = false } },
    };

    [Test]
    public async Task A_social_worker_records_a_training_with_its_trainees_and_the_milieu_of_its_commune()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var api = await TestApp.ApiClientAsync(worker);

        var response = await api.PostAsJsonAsync("/api/v1/activities", Training());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var activity = await api.GetFromJsonAsync<JsonElement>($"/api/v1/activities/{id}");
        Assert.That(activity.GetProperty("milieu").GetString(), Is.EqualTo("Urban"), "Sidi Kacem is a municipality");
        Assert.That(activity.GetProperty("trainees").GetArrayLength(), Is.EqualTo(2));
        Assert.That(activity.GetProperty("participants").GetProperty("professionalsFemale").GetInt32(), Is.EqualTo(3));
        var audited = await TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Create && a.SubjectType == nameof(Activity) && a.SubjectId == Guid.Parse(id!)));
        Assert.That(audited, Is.EqualTo(1));
    }

    [Test]
    public async Task Bad_activities_get_field_messages_and_nothing_is_written()
    {
        using var api = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.SocialWorker));

        var meeting = await api.PostAsJsonAsync("/api/v1/activities", new { date = "2026-11-20", type = "CoordinationMeeting", place = "Province", hours = 2, topic = "Cas" });
        var negative = await api.PostAsJsonAsync("/api/v1/activities", new { date = "2026-11-20", type = "AwarenessSession", place = "École", hours = 2, topic = "Droits", participants = new { childrenFemale = -3 } });
        var trainees = await api.PostAsJsonAsync("/api/v1/activities", new { date = "2026-11-20", type = "AwarenessSession", place = "École", hours = 2, topic = "Droits", trainees = new[] { new { name = "X" } } });
        var future = await api.PostAsJsonAsync("/api/v1/activities", Training("2026-12-20"));
        var nullParticipants = await api.PostAsync("/api/v1/activities", JsonContent.Create(JsonDocument.Parse("""{"date":"2026-11-20","type":"Training","place":"x","hours":1,"topic":"y","participants":null}""").RootElement));

        foreach (var (response, field) in new[] { (meeting, "coordinationKind"), (negative, "participants.childrenFemale"), (trainees, "trainees"), (future, "date"), (nullParticipants, "participants") })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), field);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.That(errors.TryGetProperty(field, out _), Is.True, $"{field}: {errors}");
        }

        Assert.That(await TestApp.WithDbAsync(db => db.Activities.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task The_list_filters_by_type_and_period_and_pages_by_key()
    {
        using var api = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.Supervisor));
        foreach (var date in new[] { "2026-11-02", "2026-11-10", "2026-11-18" })
            (await api.PostAsJsonAsync("/api/v1/activities", Training(date))).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/activities", new { date = "2026-11-12", type = "MigrationPrevention", place = "Lycée", hours = 2, topic = "Risques du départ seul" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/activities", Training("2026-10-30"))).EnsureSuccessStatusCode();

        var first = await api.GetFromJsonAsync<JsonElement>("/api/v1/activities?type=Training&from=2026-11-01&to=2026-11-30&pageSize=2");
        var next = first.GetProperty("next").GetString();
        var second = await api.GetFromJsonAsync<JsonElement>($"/api/v1/activities?type=Training&from=2026-11-01&to=2026-11-30&pageSize=2&after={next}");

        Assert.That(first.GetProperty("total").GetInt32(), Is.EqualTo(3));
        Assert.That(first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("date").GetString()), Is.EqualTo(new[] { "2026-11-18", "2026-11-10" }));
        Assert.That(second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("date").GetString()), Is.EqualTo(new[] { "2026-11-02" }));
        Assert.That(second.GetProperty("next").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That((await api.GetAsync("/api/v1/activities?after=nonsense")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task An_edit_needs_the_current_version_and_stays_in_the_unit()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var api = await TestApp.ApiClientAsync(worker);
        var created = await (await api.PostAsJsonAsync("/api/v1/activities", Training())).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetString();
        using var otherUnit = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.Supervisor, await TestApp.CreateUnitAsync("OT")));
        using var viewer = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.ProvincialViewer));

        var edited = await api.PutAsJsonAsync($"/api/v1/activities/{id}", new { date = "2026-11-21", type = "Training", place = "Salle", hours = 7, topic = "Écoute", version });
        var stale = await api.PutAsJsonAsync($"/api/v1/activities/{id}", new { date = "2026-11-22", type = "Training", place = "Salle", hours = 8, topic = "Écoute", version });

        Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await otherUnit.GetAsync($"/api/v1/activities/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await viewer.GetAsync("/api/v1/activities")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var stored = await TestApp.WithDbAsync(db => db.Activities.SingleAsync());
        Assert.That((stored.Date, stored.Hours, stored.Trainees.Count), Is.EqualTo((new DateOnly(2026, 11, 21), 7m, 0)));
    }

    [Test]
    public async Task The_activity_pages_record_and_list_an_awareness_session()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var pages = await TestApp.PageClientAsync(worker);

        var response = await Forms.PostAsync(pages, "/Activities/Edit", new Dictionary<string, string>
        {
            ["Data.Date"] = "2026-11-25", ["Data.Type"] = "AwarenessSession", ["Data.Place"] = "École Al Amal", ["Data.CommuneCode"] = "SK-R01",
            ["Data.Hours"] = "1.5", ["Data.Topic"] = "Violence à l'école", ["Data.Participants.ChildrenFemale"] = "14", ["Data.Participants.ChildrenMale"] = "11",
            ["Data.PlacesReached"] = "1", ["Data.Trainees[0].Name"] = "",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var list = WebUtility.HtmlDecode(await pages.GetStringAsync("/Activities"));
        Assert.That(list, Does.Contain("Violence à l'école").And.Contain("Séance de sensibilisation").And.Contain("rurale"));
        var refused = await Forms.PostAsync(pages, "/Activities/Edit", new Dictionary<string, string> { ["Data.Date"] = "2026-11-25", ["Data.Type"] = "CoordinationMeeting", ["Data.Hours"] = "1" });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), Does.Contain("Indiquez le type de réunion de coordination."));
    }
}
