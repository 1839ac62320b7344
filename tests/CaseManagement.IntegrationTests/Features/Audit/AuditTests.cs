using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Audit;

public sealed class AuditTests : IntegrationTest
{
    [Test]
    public async Task Every_read_of_a_child_file_by_api_or_page_writes_an_audit_entry()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var api = await TestApp.ApiClientAsync(worker);
        using var pages = await TestApp.PageClientAsync(worker);

        (await api.GetAsync($"/api/v1/children/{child.Id}")).EnsureSuccessStatusCode();
        (await api.GetAsync($"/api/v1/children/{child.Id}")).EnsureSuccessStatusCode();
        (await pages.GetAsync($"/Children/Details/{child.Id}")).EnsureSuccessStatusCode();

        var reads = await TestApp.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditAction.Read && a.SubjectType == "Child" && a.SubjectId == child.Id.ToString())
            .ToListAsync());
        Assert.That(reads, Has.Count.EqualTo(3));
        Assert.That(reads.Select(r => r.UserId), Is.All.EqualTo(worker.Id));
        Assert.That(reads.Select(r => r.UnitId), Is.All.EqualTo(worker.UnitId));
    }

    [Test]
    public async Task A_refused_read_of_another_units_child_writes_no_read_entry()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        var stranger = await TestApp.CreateUserAsync(Roles.SocialWorker, await TestApp.CreateUnitAsync("KN"));
        using var client = await TestApp.ApiClientAsync(stranger);

        Assert.That((await client.GetAsync($"/api/v1/children/{child.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var reads = await TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Read));
        Assert.That(reads, Is.Zero);
    }

    [Test]
    public async Task The_supervisor_sees_who_opened_and_who_read_a_child_file()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        using var workerApi = await TestApp.ApiClientAsync(worker);
        var created = await workerApi.PostAsJsonAsync("/api/v1/children", new ChildBuilder().Build(), TestApp.Json);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await workerApi.GetAsync($"/api/v1/children/{id}")).EnsureSuccessStatusCode();

        using var supervisorApi = await TestApp.ApiClientAsync(supervisor);
        var audit = await supervisorApi.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subjectType=Child&subjectId={id}");

        var items = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(i => i.GetProperty("action").GetString()), Is.EqualTo(new[] { "Read", "Create" }), "newest first");
        Assert.That(items.Select(i => i.GetProperty("userId").GetGuid()), Is.All.EqualTo(worker.Id));
        Assert.That(items[1].GetProperty("userName").GetString(), Is.EqualTo(worker.DisplayName));
        Assert.That(items[0].TryGetProperty("at", out _), Is.True);

        var page = await (await TestApp.PageClientAsync(supervisor)).GetStringAsync($"/Audit?subjectType=Child&subjectId={id}");
        Assert.That(page, Does.Contain("Création").And.Contain("Consultation"));
    }

    [Test]
    public async Task Supervisors_do_not_see_other_units_trail_and_social_workers_see_none()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        var otherSupervisor = await TestApp.CreateUserAsync(Roles.Supervisor, await TestApp.CreateUnitAsync("KN"));

        using var other = await TestApp.ApiClientAsync(otherSupervisor);
        var audit = await other.GetFromJsonAsync<JsonElement>("/api/v1/audit?subjectType=Child");
        Assert.That(audit.GetProperty("total").GetInt32(), Is.Zero);

        using var workerApi = await TestApp.ApiClientAsync(worker);
        Assert.That((await workerApi.GetAsync("/api/v1/audit")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Administrators_see_sign_ins_but_not_child_reads()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var workerApi = await TestApp.ApiClientAsync(worker);
        (await workerApi.GetAsync($"/api/v1/children/{child.Id}")).EnsureSuccessStatusCode();

        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=100");
        var actions = audit.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()).ToList();

        Assert.That(actions, Does.Contain("Login"));
        Assert.That(actions, Does.Not.Contain("Read"));
        Assert.That(audit.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subjectType").GetString()), Does.Not.Contain("Child"));
    }

    [Test]
    public async Task The_audit_trail_cannot_be_rewritten()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        await TestApp.SendAsync(new ChildBuilder().Build(), worker);

        var error = await TestApp.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            db.AuditEntries.Remove(entry);
            try
            {
                await db.SaveChangesAsync();
                return null;
            }
            catch (InvalidOperationException ex)
            {
                return ex.Message;
            }
        });
        Assert.That(error, Does.Contain("append-only"));
    }
}
