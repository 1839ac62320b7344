using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Validation;

/// <summary>
/// Bad input is a 400 with the field and a message, and writes nothing: the nulls and missing members that used to
/// reach handlers (and gave 500), texts and lists past their limits, control characters, undefined values, dates out
/// of range, oversized uploads.
/// </summary>
public sealed class InputTests : IntegrationTest
{
    private static JsonObject Node(object value) => JsonSerializer.SerializeToNode(value, TestApp.Json)!.AsObject();

    /// <summary>Every row the API could have written, as one number: nothing refused may change it.</summary>
    private static Task<int> RowsAsync() => TestApp.WithDbAsync(async db =>
        await db.Children.CountAsync() + await db.Cases.CountAsync() + await db.KafalaPlacements.CountAsync() + await db.FollowUps.CountAsync()
        + await db.Partners.CountAsync() + await db.Users.CountAsync() + await db.CaseNotes.CountAsync() + await db.CaseAttachments.CountAsync()
        + await db.Referrals.CountAsync() + await db.AuditEntries.CountAsync(a => a.Action != Domain.Auditing.AuditAction.Read));

    private static async Task<JsonElement> RefusedAsync(HttpClient client, HttpMethod method, string url, HttpContent body, string field)
    {
        var before = await RowsAsync();
        using var request = new HttpRequestMessage(method, url) { Content = body };
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), $"{method} {url}: {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.That(problem.TryGetProperty("errors", out var errors), Is.True, text);
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Does.Contain(field), text);
        Assert.That(errors.GetProperty(field).EnumerateArray().First().GetString(), Is.Not.Empty.And.Not.StartWith("Input."), "a message, not a key");
        Assert.That(await RowsAsync(), Is.EqualTo(before), "nothing written");
        return errors.GetProperty(field);
    }

    private static Task<JsonElement> RefusedAsync(HttpClient client, string url, JsonNode body, string field, HttpMethod? method = null) =>
        RefusedAsync(client, method ?? HttpMethod.Post, url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), field);

    private static JsonObject With(JsonObject body, string path, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        var parts = path.Split('.');
        JsonNode target = copy;
        foreach (var part in parts[..^1])
            target = target[part]!;
        target[parts[^1]] = value;
        return copy;
    }

    private static JsonObject Kafala(Guid childId) => Node(new
    {
        childId,
        abandonment = new { court = "Tribunal de première instance (fictif)", fileNumber = "AB-2025-17", date = "2025-06-01", category = "AB2" },
        kafils = new object[] { new { kind = "Couple", fullName = "Rachid Alaoui (fictif)", countryOfResidence = "MA", legalConditionsVerified = true } },
        procedure = new { },
        orderNumber = "OK-2025-03",
    });

    [Test]
    public async Task The_nulls_that_used_to_break_the_server_are_field_errors_and_write_nothing()
    {
        var world = await CaseWorld.CreateAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        var caseId = await world.CaseInAsync(CaseStatus.UnderAssessment);

        await RefusedAsync(worker, $"/api/v1/cases/{caseId}/follow-ups", Node(new { kind = "HomeVisit", dueOn = (string?)null }), "dueOn");
        await RefusedAsync(admin, "/api/v1/users", Node(new { email = (string?)null, displayName = "X (fictif)", role = "SocialWorker", password = "a-long-enough-password", unitId = TestApp.FirstUnitId }), "email");
        await RefusedAsync(supervisor, "/api/v1/partners", Node(new { name = "Partenaire (fictif)", nameAr = "شريك", type = "Health", services = (string[]?)null }), "services");
        await RefusedAsync(worker, $"/api/v1/cases/{caseId}/plan", Node(new { objectives = (string[]?)null }), "objectives");
        await RefusedAsync(worker, $"/api/v1/cases/{caseId}/plan", Node(new { objectives = new[] { "Scolarisation" }, actions = (object[]?)null }), "actions");
        await RefusedAsync(worker, $"/api/v1/cases/{caseId}/plan", Node(new { objectives = new[] { "Scolarisation", null } }), "objectives[1]");
        await RefusedAsync(worker, $"/api/v1/cases/{caseId}/assessment", Node(new { findings = (object[]?)null, overallRisk = "High" }), "findings");
        await RefusedAsync(worker, $"/api/v1/cases/{caseId}/assessment", Node(new { findings = new object?[] { null }, overallRisk = "High" }), "findings[0]");

        var report = Node(new CaseBuilder(world.ChildId).Build());
        await RefusedAsync(worker, "/api/v1/cases", With(report, "concerns", null), "concerns");

        var kafala = Kafala(world.ChildId);
        await RefusedAsync(worker, "/api/v1/kafala-placements", With(kafala, "abandonment", null), "abandonment");
        await RefusedAsync(worker, "/api/v1/kafala-placements", With(kafala, "procedure", null), "procedure");
        await RefusedAsync(worker, "/api/v1/kafala-placements", With(kafala, "kafils", new JsonArray((JsonNode?)null)), "kafils[0]");
        var created = await worker.PostAsync("/api/v1/kafala-placements", new StringContent(kafala.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var kafalaId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var current = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/kafala-placements/{kafalaId}");
        var update = With(kafala, "abroad", null);
        update["version"] = current.GetProperty("version").GetString();
        await RefusedAsync(worker, $"/api/v1/kafala-placements/{kafalaId}", update, "abroad", HttpMethod.Put);

        var child = Node(new ChildBuilder().Build());
        await RefusedAsync(worker, "/api/v1/children", With(child, "familyMembers", null), "familyMembers");
        await RefusedAsync(worker, "/api/v1/children", With(child, "familyMembers", new JsonArray((JsonNode?)null)), "familyMembers[0]");
        await RefusedAsync(worker, "/api/v1/children", With(child, "civilRegistration", null), "civilRegistration");

        // A nationality left out means "not stated", shown as Moroccan on the file, as on the form.
        var unstated = await worker.PostAsync("/api/v1/children", new StringContent(With(child, "nationality", null).ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That(unstated.StatusCode, Is.EqualTo(HttpStatusCode.Created), await unstated.Content.ReadAsStringAsync());
        var unstatedId = (await unstated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.That((await worker.GetFromJsonAsync<JsonElement>($"/api/v1/children/{unstatedId}")).GetProperty("nationality").GetString(), Is.EqualTo("MA"));
    }

    [Test]
    public async Task Texts_and_lists_past_their_limits_control_characters_and_undefined_values_are_refused()
    {
        var world = await CaseWorld.CreateAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        var caseId = await world.CaseInAsync(CaseStatus.Open);
        var kafala = Kafala(world.ChildId);

        var court = await RefusedAsync(worker, "/api/v1/kafala-placements", With(kafala, "court", new string('x', 60_000)), "court");
        Assert.That(court[0].GetString(), Does.Contain("200"), "the limit is said, from the column's length");
        await RefusedAsync(worker, "/api/v1/kafala-placements", With(kafala, "abandonment.court", new string('x', 1_000_000)), "abandonment.court");
        var manyKafils = new JsonArray(Enumerable.Range(0, 5000).Select(_ => kafala["kafils"]![0]!.DeepClone()).ToArray());
        await RefusedAsync(worker, "/api/v1/kafala-placements", With(kafala, "kafils", manyKafils), "kafils");

        var child = Node(new ChildBuilder().Build());
        await RefusedAsync(worker, "/api/v1/children", With(child, "givenName", "\0"), "givenName");
        await RefusedAsync(worker, "/api/v1/children", With(child, "familyName", "Alaoui\u0007"), "familyName");
        await RefusedAsync(worker, "/api/v1/children", With(child, "spokenLanguages", 9999), "spokenLanguages");
        await RefusedAsync(worker, "/api/v1/children", With(child, "schooling", "Astronaut"), "schooling");
        await RefusedAsync(worker, "/api/v1/children", With(child, "dateOfBirth", "1066-10-14"), "dateOfBirth");
        await RefusedAsync(worker, $"/api/v1/cases/{caseId}/notes", Node(new { text = "Note\0cachée", sensitivity = "Normal" }), "text");

        // Tabs and line breaks are text, and Arabic with its marks is welcome.
        var note = await worker.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { text = "Visite\tfaite.\r\nزيارة منجزة \u200f(2026)", sensitivity = "Normal" });
        Assert.That(note.StatusCode, Is.EqualTo(HttpStatusCode.Created), await note.Content.ReadAsStringAsync());

        // HttpClient will not write a NUL in a header; a raw body does, as a hostile client would.
        var nul = new ByteArrayContent(Encoding.ASCII.GetBytes(
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rapport\0.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--b--\r\n"));
        nul.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        await RefusedAsync(worker, HttpMethod.Post, $"/api/v1/cases/{caseId}/attachments", nul, "fileName");
    }

    [Test]
    public async Task Malformed_bodies_and_wrong_types_name_the_field()
    {
        var world = await CaseWorld.CreateAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        var caseId = await world.CaseInAsync(CaseStatus.Open);

        await RefusedAsync(worker, $"/api/v1/cases/{caseId}/follow-ups", Node(new { kind = "HomeVisit", dueOn = 42 }), "dueOn");
        await RefusedAsync(worker, HttpMethod.Post, $"/api/v1/cases/{caseId}/follow-ups", new StringContent("{\"kind\": \"HomeVisit\", ", Encoding.UTF8, "application/json"), "");
        await RefusedAsync(worker, $"/api/v1/cases/{caseId}/transitions", Node(new { reason = "sans destination" }), "to");
    }

    [Test]
    public async Task A_referral_cannot_expect_its_answer_before_it_was_sent()
    {
        var world = await CaseWorld.CreateAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        var referralId = await world.ReferralAsync(await world.CaseInAsync(CaseStatus.Open));
        Assert.That((await worker.PostAsJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "Sent" })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await RefusedAsync(worker, $"/api/v1/referrals/{referralId}/status", Node(new { status = "Accepted", expectedResponseOn = "2026-11-01" }), "expectedResponseOn");
    }

    [Test]
    public async Task A_document_that_would_be_too_large_is_a_422_with_a_message_not_minutes_of_work()
    {
        var world = await CaseWorld.CreateAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        var caseId = await world.CaseInAsync(CaseStatus.Open);
        // A summary written before the limits existed (inputs can no longer be this long).
        var summary = new string('x', 60_000);
        await TestApp.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Cases SET Intake_Summary = {summary} WHERE Id = {caseId.ToString().ToUpperInvariant()}"));

        var response = await worker.GetAsync($"/api/v1/cases/{caseId}/documents/summary?lang=fr");

        Assert.That((int)response.StatusCode, Is.EqualTo(422), await response.Content.ReadAsStringAsync());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("title").GetString(), Does.Contain("trop volumineux"));
    }

    /// <summary>A body of <paramref name="length"/> zero bytes made as it is sent, so that the test itself holds none of it.</summary>
    private sealed class Generated(long length, bool declareLength) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var head = Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"grand.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n");
            await stream.WriteAsync(head);
            var chunk = new byte[64 * 1024];
            for (var written = (long)head.Length; written < length; written += chunk.Length)
                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, length - written)));
        }

        protected override bool TryComputeLength(out long size)
        {
            size = length;
            return declareLength;
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task An_upload_over_20_MB_is_refused_without_being_held_in_memory(bool declared)
    {
        var world = await CaseWorld.CreateAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        var caseId = await world.CaseInAsync(CaseStatus.Open);
        using var body = new Generated(25L * 1024 * 1024, declared);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var errors = await RefusedAsync(worker, HttpMethod.Post, $"/api/v1/cases/{caseId}/attachments", body, "file");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.That(errors[0].GetString(), Is.Not.Empty);
        Assert.That(allocated, Is.LessThan(12L * 1024 * 1024), "the 25 MB were never held (the form reader spools to disk and stops at the limit)");
    }
}
