using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.Placements;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Placements;
using CaseManagement.Domain.Auditing;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
            .Where(a => a.Action == AuditAction.Read && a.SubjectType == "Child" && a.SubjectId == child.Id)
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
        Assert.That(audit.GetProperty("items").GetArrayLength(), Is.Zero);

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

    [Test]
    public void Every_field_action_record_document_and_search_the_trail_can_name_has_a_label()
    {
        var keys = CaseManagement.Web.Localization.JsonStringLocalizer.Instance.For("fr").Keys.ToHashSet();
        using var scope = TestApp.Factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<CaseManagement.Application.Data.CaseDbContext>().Model;
        var audited = model.GetEntityTypes().Where(e => typeof(CaseManagement.Domain.IAudited).IsAssignableFrom(e.ClrType)).ToList();
        var fields = audited.SelectMany(e => e.GetProperties().Select(p => p.Name).Concat(e.GetComplexProperties().Select(c => c.Name)))
            .Select(CaseManagement.Application.Auditing.AuditChangesInterceptor.FieldName).OfType<string>().Distinct();
        var subjects = audited.Select(e => e.ClrType.Name).Concat(CaseManagement.Application.Auditing.AuditTrail.NamedSubjects)
            .Concat(CaseManagement.Web.Pages.Audit.IndexModel.RecordTypes).Distinct();
        var wanted = fields.Select(f => "Field." + f)
            .Concat(subjects.Select(s => "Audit.Subject." + s))
            .Concat(CaseManagement.Application.Auditing.AuditTrail.SearchKinds.Select(k => "Audit.Search." + k))
            .Concat(CaseManagement.Application.Auditing.AuditTrail.Documents.Select(d => "Audit.Document." + d))
            .Concat(Enum.GetNames<AuditAction>().Select(a => "Enum.AuditAction." + a));
        var missing = wanted.Where(k => !keys.Contains(k)).Order().ToList();
        Assert.That(missing, Is.Empty, string.Join("\n", missing));
        Assert.That(fields, Does.Not.Contain("PasswordHash").And.Not.Contain("SecurityStamp"));
    }
    [Test]
    public async Task Searches_lists_and_duplicate_checks_record_what_they_showed_but_never_what_was_typed()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Named("Yasmina", "Benkirane").Build(), worker);
        var caseId = (await TestApp.SendAsync(new CaseBuilder(child.Id).Build(), worker)).Id;
        using var api = await TestApp.ApiClientAsync(worker);

        (await api.GetAsync("/api/v1/children?q=Benkirane")).EnsureSuccessStatusCode();
        (await api.GetAsync("/api/v1/children/duplicates?givenName=Yasmina&familyName=Benkirane")).EnsureSuccessStatusCode();
        (await api.GetAsync("/api/v1/cases")).EnsureSuccessStatusCode();

        var searches = await TestApp.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Search).OrderBy(a => a.Id).ToListAsync());
        Assert.That(searches.Select(s => s.SubjectType), Is.EqualTo(new[] { "ChildSearch", "DuplicateCheck", "CaseList" }));
        Assert.That(searches.Select(s => s.UserId), Is.All.EqualTo(worker.Id));
        Assert.That(searches.Select(s => s.UnitId), Is.All.EqualTo(worker.UnitId));
        Assert.That(searches[0].Detail, Does.Contain(child.Id.ToString()));
        Assert.That(searches[1].Detail, Does.Contain(child.Id.ToString()));
        Assert.That(searches[2].Detail, Does.Contain(caseId.ToString()));
        Assert.That(searches.Select(s => s.Detail), Has.None.Contains("Benkirane").And.None.Contains("Yasmina"), "the query text is never kept");
    }

    [Test]
    public async Task The_establishment_page_records_the_children_it_lists()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        var establishment = await TestApp.SendAsync(new SaveEstablishment.Command
        {
            Name = "Foyer (fictif)", NameAr = "دار", Category = EstablishmentCategory.AbandonedChildren, Capacity = 10,
        }, supervisor);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        await TestApp.SendAsync(new AdmitToEps.Command
        {
            ChildId = child.Id, EstablishmentId = establishment, AdmittedOn = new DateOnly(2026, 11, 1), LegalBasis = EpsLegalBasis.Administrative,
        }, worker);

        using var pages = await TestApp.PageClientAsync(supervisor);
        (await pages.GetAsync($"/Eps/Establishment/{establishment}")).EnsureSuccessStatusCode();

        var entry = await TestApp.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Search));
        Assert.That(entry.SubjectType, Is.EqualTo("EstablishmentChildren"));
        Assert.That(entry.UserId, Is.EqualTo(supervisor.Id));
        Assert.That(entry.Detail, Does.Contain(child.Id.ToString()));
    }

    [Test]
    public async Task The_trail_names_records_as_people_know_them_in_their_language()
    {
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseStatus.Open);
        var child = await TestApp.WithDbAsync(db => db.Children.SingleAsync(c => c.Id == world.ChildId));
        var number = await TestApp.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync());
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        (await worker.GetAsync($"/api/v1/cases/{caseId}/documents/summary?lang=fr")).EnsureSuccessStatusCode();

        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);
        var log = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subjectType=Case&subjectId={caseId}");
        var items = log.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(i => i.GetProperty("reference").GetString()), Is.All.EqualTo(number));
        Assert.That(items.Select(i => i.GetProperty("childName").GetString()), Is.All.EqualTo($"{child.GivenName} {child.FamilyName}"));
        Assert.That(items.Select(i => i.GetProperty("action").GetString()), Does.Contain("Export"), "the case's own log shows its documents");

        using var pages = await TestApp.PageClientAsync(world.Supervisor);
        var fr = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Audit?subjectType=Case&subjectId={caseId}"));
        Assert.That(fr, Does.Contain(number).And.Contain(child.FamilyName!).And.Contain("fiche de synthèse").And.Contain("Statut"));
        Assert.That(fr, Does.Not.Contain(caseId.ToString() + "<"), "no bare id stands for the record");
        await TestApp.WithDbAsync(db => db.Users.Where(u => u.Id == world.Supervisor.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredCulture, "ar")));
        using var arabic = await TestApp.PageClientAsync(world.Supervisor); // the user's language, from sign-in on
        var ar = WebUtility.HtmlDecode(await arabic.GetStringAsync($"/Audit?subjectType=Case&subjectId={caseId}"));
        Assert.That(ar, Does.Contain("تصدير"));
    }

    [Test]
    public async Task A_password_change_is_recorded_as_such_without_hash_or_stamp()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        (await admin.PostAsJsonAsync($"/api/v1/users/{worker.Id}/password", new { newPassword = "Un-nouveau-mot-2026" }, TestApp.Json)).EnsureSuccessStatusCode();

        var fields = await TestApp.WithDbAsync(db => db.AuditEntries.Where(a => a.SubjectId == worker.Id && a.Action == AuditAction.Update)
            .Select(a => a.ChangedFields).ToListAsync());
        Assert.That(fields, Has.Some.Contains("Password"));
        Assert.That(fields, Has.None.Contains("PasswordHash").And.None.Contains("SecurityStamp").And.None.Contains("ConcurrencyStamp"));

        var page = WebUtility.HtmlDecode(await (await TestApp.PageClientAsync(new TestUser(TestApp.AdminId, TestApp.AdminEmail, TestApp.AdminPassword, Guid.Empty, Roles.Administrator, "Admin"))).GetStringAsync($"/Audit?subjectType=AppUser&subjectId={worker.Id}"));
        Assert.That(page, Does.Contain(worker.Email).And.Contain("Mot de passe"));
    }

    [Test]
    public async Task The_trail_is_paged_by_key_and_filtered_by_person_action_and_period()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var other = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        using var api = await TestApp.ApiClientAsync(worker);
        for (var i = 0; i < 6; i++)
            (await api.GetAsync($"/api/v1/children/{child.Id}")).EnsureSuccessStatusCode();
        TestApp.Clock.Advance(TimeSpan.FromDays(3));
        using var otherApi = await TestApp.ApiClientAsync(other);
        (await otherApi.GetAsync($"/api/v1/children/{child.Id}")).EnsureSuccessStatusCode();

        using var sup = await TestApp.ApiClientAsync(supervisor);
        var seen = new List<long>();
        string? next = null;
        var pagesRead = 0;
        do
        {
            var page = await sup.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subjectType=Child&subjectId={child.Id}&action=Read&pageSize=3" + (next is null ? "" : "&after=" + next));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            pagesRead++;
        } while (next is not null);
        Assert.That(seen, Has.Count.EqualTo(7).And.Unique.And.Ordered.Descending);
        Assert.That(pagesRead, Is.EqualTo(3));

        var byOther = await sup.GetFromJsonAsync<JsonElement>($"/api/v1/audit?userId={other.Id}&action=Read");
        Assert.That(byOther.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        var today = DateOnly.FromDateTime(TestApp.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sinceToday = await sup.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action=Read&from={today}&to={today}");
        Assert.That(sinceToday.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("userId").GetGuid()), Is.EqualTo(new[] { other.Id }));

        var reversed = await sup.GetAsync($"/api/v1/audit?from=2026-12-02&to=2026-12-01");
        Assert.That(reversed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
