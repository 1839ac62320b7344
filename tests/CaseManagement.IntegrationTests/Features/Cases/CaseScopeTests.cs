using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Cases;

public sealed class CaseScopeTests : IntegrationTest
{
    [Test]
    public async Task A_social_worker_cannot_open_a_case_not_assigned_to_them_and_the_attempt_is_audited()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var colleague = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var client = await TestApp.ApiClientAsync(colleague);

        var read = await client.GetAsync($"/api/v1/cases/{id}");
        var note = await client.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = "Tentative", sensitivity = "Normal" });

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(note.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var denied = await TestApp.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditAction.AccessDenied && a.SubjectId == id && a.UserId == colleague.Id).CountAsync());
        Assert.That(denied, Is.EqualTo(2));
        Assert.That(await TestApp.WithDbAsync(db => db.CaseNotes.CountAsync()), Is.Zero, "nothing written by the refused command");

        var search = await client.GetFromJsonAsync<JsonElement>("/api/v1/children?q=salma");
        Assert.That(search.GetProperty("total").GetInt32(), Is.EqualTo(1), "the child itself stays findable, to avoid duplicates");
    }

    [Test]
    public async Task Another_units_case_is_404_even_to_its_supervisors()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var stranger = await TestApp.CreateUserAsync(Roles.Supervisor, await TestApp.CreateUnitAsync("KN"));
        using var client = await TestApp.ApiClientAsync(stranger);

        Assert.That((await client.GetAsync($"/api/v1/cases/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.PostAsJsonAsync($"/api/v1/cases/{id}/transitions", new { to = "UnderAssessment" })).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Supervisors_read_every_case_of_the_unit_and_lists_follow_the_same_scope()
    {
        var world = await CaseWorld.CreateAsync();
        var mine = await world.CaseInAsync(CaseStatus.Open);
        var colleague = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Named("Omar", "Fassi").NamedAr("عمر", "الفاسي").Build(), colleague);
        var theirs = (await TestApp.SendAsync(new CaseBuilder(child.Id).Build(), colleague)).Id;

        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        var all = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/cases");
        var own = await worker.GetFromJsonAsync<JsonElement>("/api/v1/cases");

        Assert.That((await supervisor.GetAsync($"/api/v1/cases/{theirs}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(all.GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()), Is.EqualTo(new[] { mine }));
    }

    [Test]
    public async Task Administrators_and_provincial_viewers_read_no_case()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        using var viewer = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.ProvincialViewer));

        Assert.That((await admin.GetAsync($"/api/v1/cases/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await viewer.GetAsync("/api/v1/cases")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Restricted_notes_are_shown_to_the_assigned_worker_and_supervisors_and_each_view_is_audited()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        await worker.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = "Récit de l'enfant (inventé)", sensitivity = "ChildAccount" });
        await worker.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = "Appel à l'école", sensitivity = "Normal" });

        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);
        var bySupervisor = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.That(bySupervisor.GetProperty("notes").GetArrayLength(), Is.EqualTo(2));

        // Reassigned: the former social worker loses the case, restricted notes included.
        var colleague = await TestApp.CreateUserAsync(Roles.SocialWorker);
        (await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/assignment", new { socialWorkerId = colleague.Id })).EnsureSuccessStatusCode();
        Assert.That((await worker.GetAsync($"/api/v1/cases/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using var newWorker = await TestApp.ApiClientAsync(colleague);
        var byNewWorker = await newWorker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.That(byNewWorker.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("sensitivity").GetString()),
            Is.EquivalentTo(new[] { "ChildAccount", "Normal" }));

        var restrictedId = await TestApp.WithDbAsync(db => db.CaseNotes.Where(n => n.Sensitivity == NoteSensitivity.ChildAccount).Select(n => n.Id).SingleAsync());
        var views = await TestApp.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditAction.Read && a.SubjectType == "CaseNote" && a.SubjectId == restrictedId)
            .Select(a => a.UserId).ToListAsync());
        Assert.That(views, Is.EquivalentTo(new Guid?[] { world.Supervisor.Id, colleague.Id }));
    }

    [Test]
    public async Task Concurrent_assignments_of_the_same_case_one_wins_the_other_gets_409()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var first = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var second = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);
        using var other = await TestApp.ApiClientAsync(world.OtherSupervisor);
        var version = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("version").GetString();

        var responses = await Task.WhenAll(
            supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/assignment", new { socialWorkerId = first.Id, version }),
            other.PostAsJsonAsync($"/api/v1/cases/{id}/assignment", new { socialWorkerId = second.Id, version }));

        Assert.That(responses.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? first : second;
        var assigned = await TestApp.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.AssignedTo).SingleAsync());
        Assert.That(assigned, Is.EqualTo(winner.Id));
        var history = await TestApp.WithDbAsync(db => db.Cases.Where(c => c.Id == id).SelectMany(c => c.Assignments).CountAsync());
        Assert.That(history, Is.EqualTo(2), "the reporter's own assignment, then the winner's");
    }

    [Test]
    public async Task A_supervisor_assigns_only_to_a_social_worker_of_the_unit_and_the_queue_shows_unassigned_cases()
    {
        var world = await CaseWorld.CreateAsync();
        var reported = (await TestApp.SendAsync(new CaseBuilder(world.ChildId).Build(), world.Supervisor)).Id;
        var urgent = (await TestApp.SendAsync(new CaseBuilder(world.ChildId).Urgent().Build(), world.Supervisor)).Id;
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);

        var queue = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/cases?assignedTo=none");
        Assert.That(queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()), Is.EqualTo(new[] { urgent, reported }),
            "urgent on top, then oldest");

        var stranger = await TestApp.CreateUserAsync(Roles.SocialWorker, await TestApp.CreateUnitAsync("KN"));
        var wrong = await supervisor.PostAsJsonAsync($"/api/v1/cases/{reported}/assignment", new { socialWorkerId = stranger.Id });
        var right = await supervisor.PostAsJsonAsync($"/api/v1/cases/{reported}/assignment", new { socialWorkerId = world.Worker.Id });
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "another unit's worker is not one to choose");
        Assert.That((await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("socialWorkerId", out _), Is.True);
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
