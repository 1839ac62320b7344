using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Children;

public sealed class ChildAccessTests : IntegrationTest
{
    [Test]
    public async Task Another_units_child_is_404_to_read_and_to_edit()
    {
        var owner = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), owner);
        var stranger = await TestApp.CreateUserAsync(Roles.Supervisor, await TestApp.CreateUnitAsync("KN"));
        using var client = await TestApp.ApiClientAsync(stranger);

        var read = await client.GetAsync($"/api/v1/children/{child.Id}");
        var edit = await client.PutAsJsonAsync($"/api/v1/children/{child.Id}",
            new { givenName = "Changed", familyName = "Name", sex = "Female", version = "AAAAAAAAAAAAAAAAAAAAAA==" });

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await TestApp.WithDbAsync(db => db.Children.Select(c => c.GivenName).SingleAsync()), Is.EqualTo("Salma"));
    }

    [Test]
    public async Task A_supervisor_reads_a_child_registered_by_a_social_worker_of_the_unit()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var client = await TestApp.ApiClientAsync(supervisor);

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/children/{child.Id}");
        Assert.That(read.GetProperty("fileNumber").GetString(), Is.EqualTo(child.FileNumber));
    }

    [Test]
    public async Task A_stale_edit_gets_409_and_leaves_the_record_unchanged()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var first = await TestApp.ApiClientAsync(worker);
        using var second = await TestApp.ApiClientAsync(worker);

        var readByFirst = await first.GetFromJsonAsync<JsonElement>($"/api/v1/children/{child.Id}");
        var readBySecond = await second.GetFromJsonAsync<JsonElement>($"/api/v1/children/{child.Id}");

        var edit1 = await first.PutAsJsonAsync($"/api/v1/children/{child.Id}", Edited(readByFirst, "Salwa"));
        var edit2 = await second.PutAsJsonAsync($"/api/v1/children/{child.Id}", Edited(readBySecond, "Samira"));

        Assert.That(edit1.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(edit2.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await edit2.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("title").GetString(), Does.Contain("modifié"));
        var stored = await first.GetFromJsonAsync<JsonElement>($"/api/v1/children/{child.Id}");
        Assert.That(stored.GetProperty("givenName").GetString(), Is.EqualTo("Salwa"));

        var newVersion = (await edit1.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString();
        Assert.That(newVersion, Is.EqualTo(stored.GetProperty("version").GetString()), "the edit returns the token to use next");
    }

    [Test]
    public async Task An_edit_is_audited_with_the_changed_field_names_only()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var client = await TestApp.ApiClientAsync(worker);
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/children/{child.Id}");

        var edit = await client.PutAsJsonAsync($"/api/v1/children/{child.Id}", Edited(read, "Salwa"));
        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var update = await TestApp.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Update && a.SubjectId == child.Id));
        Assert.That(update.ChangedFields, Is.EqualTo("GivenName"));
        Assert.That(update.UserId, Is.EqualTo(worker.Id));
    }

    private static Dictionary<string, object?> Edited(JsonElement read, string givenName)
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(read.GetRawText())!;
        body["givenName"] = givenName;
        return body;
    }
}
