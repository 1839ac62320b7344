using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Dashboards;
using CaseManagement.Application.Features.Notifications;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Notifications;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Cases;

/// <summary>
/// A unit with a single supervisor: nobody approves their own submission, so an administrator names a supervisor of
/// another unit as the unit's second approver, who decides from a decision page and reads nothing else of the case.
/// </summary>
public sealed class SecondApproverTests : IntegrationTest
{
    private sealed record SingleSupervisorUnit(TestUser Worker, TestUser Supervisor, TestUser Approver, Guid OtherUnit, Guid ChildId);

    /// <summary>The first unit with one social worker and one supervisor; a second unit with its own supervisor.</summary>
    private static async Task<SingleSupervisorUnit> ArrangeAsync()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        var otherUnit = await TestApp.CreateUnitAsync("OU");
        var approver = await TestApp.CreateUserAsync(Roles.Supervisor, otherUnit);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        return new SingleSupervisorUnit(worker, supervisor, approver, otherUnit, child.Id);
    }

    private static async Task<Guid> CaseUnderAssessmentAsync(SingleSupervisorUnit unit)
    {
        var id = (await TestApp.SendAsync(new CaseBuilder(unit.ChildId).Build(), unit.Worker)).Id;
        await TestApp.SendAsync(new TransitionCase.Command { CaseId = id, To = CaseStatus.Open }, unit.Supervisor);
        await TestApp.SendAsync(new TransitionCase.Command { CaseId = id, To = CaseStatus.UnderAssessment }, unit.Supervisor);
        return id;
    }

    private static async Task<Guid> PlanSubmittedByAsync(SingleSupervisorUnit unit, TestUser by)
    {
        var id = await CaseUnderAssessmentAsync(unit);
        await TestApp.SendAsync(new SavePlan.Command { CaseId = id, Objectives = ["Scolarisation à la rentrée"] }, by);
        await TestApp.SendAsync(new SubmitPlan.Command(id), by);
        return id;
    }

    private static async Task<HttpResponseMessage> NameAsync(Guid? approverId, Guid? unitId = null)
    {
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        return await admin.PutAsJsonAsync($"/api/v1/units/{unitId ?? TestApp.FirstUnitId}/second-approver", new { approverId });
    }

    [Test]
    public async Task The_second_approver_decides_the_single_supervisors_own_plan_and_reads_only_the_decision()
    {
        var unit = await ArrangeAsync();
        var id = await PlanSubmittedByAsync(unit, unit.Supervisor);
        using var approver = await TestApp.ApiClientAsync(unit.Approver);

        var beforeNaming = await approver.GetAsync($"/api/v1/cases/{id}/decision");
        Assert.That(beforeNaming.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another unit's case does not exist for a supervisor who is not its approver");
        var ownHome = await TestApp.SendAsync(new SupervisorOverview.Query(), unit.Supervisor);
        Assert.That(ownHome.Waiting.Select(w => w.CaseId), Has.No.Member(id), "one's own submission is not a decision waiting for oneself");
        Assert.That((ownHome.OwnWaiting, ownHome.NobodyToDecideOwn), Is.EqualTo((1, true)));

        Assert.That((await NameAsync(unit.Approver.Id)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Assert.That((await TestApp.SendAsync(new SupervisorOverview.Query(), unit.Supervisor)).NobodyToDecideOwn, Is.False);
        var approverHome = await TestApp.SendAsync(new SupervisorOverview.Query(), unit.Approver);
        Assert.That(approverHome.Waiting.Select(w => (w.CaseId, w.Kind, w.Elsewhere, w.By)), Is.EqualTo(new[] { (id, "Plan", true, (string?)unit.Supervisor.DisplayName) }));
        var decision = await approver.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}/decision");
        Assert.That(decision.GetProperty("plan").GetProperty("objectives")[0].GetString(), Is.EqualTo("Scolarisation à la rentrée"));
        Assert.That(decision.GetProperty("canDecidePlan").GetBoolean(), Is.True);
        Assert.That(decision.TryGetProperty("childName", out _), Is.False, "the decision carries no name of the child");
        Assert.That((await approver.GetAsync($"/api/v1/cases/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the rest of the case stays the unit's");

        var decided = await approver.PostAsJsonAsync($"/api/v1/cases/{id}/plan/approval", new { approved = true, comment = "Plan cohérent" });

        Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var stored = await TestApp.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.That((stored.Status, stored.Plan!.State, stored.Plan.DecidedBy), Is.EqualTo((CaseStatus.PlanEstablished, ApprovalState.Approved, (Guid?)unit.Approver.Id)));
        Assert.That((await approver.GetAsync($"/api/v1/cases/{id}/decision")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "once decided, the case is the unit's alone again");
        var reads = await TestApp.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == unit.Approver.Id && a.SubjectId == id && a.Action == AuditAction.Read)
            .Select(a => a.UnitId).ToListAsync());
        Assert.That(reads, Is.Not.Empty.And.All.EqualTo(TestApp.FirstUnitId), "the approver's reads are in the unit's audit trail");
    }

    [Test]
    public async Task The_second_approver_decides_a_closure_the_supervisor_requested_but_nothing_a_social_worker_submitted()
    {
        var unit = await ArrangeAsync();
        await NameAsync(unit.Approver.Id);
        var workersPlan = await PlanSubmittedByAsync(unit, unit.Worker);
        var closing = await CaseUnderAssessmentAsync(unit);
        await TestApp.SendAsync(new RequestClosure.Command { CaseId = closing, Reason = ClosureReason.DangerEnded, Summary = "Danger écarté." }, unit.Supervisor);
        using var approver = await TestApp.ApiClientAsync(unit.Approver);

        var onWorkersPlan = await approver.PostAsJsonAsync($"/api/v1/cases/{workersPlan}/plan/approval", new { approved = true });
        var onClosure = await approver.PostAsJsonAsync($"/api/v1/cases/{closing}/closure-approval", new { approved = false, comment = "Attendre la visite" });

        Assert.That(onWorkersPlan.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the unit's own supervisor decides what a social worker submits");
        Assert.That(onClosure.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var closure = await TestApp.WithDbAsync(db => db.Cases.AsNoTracking().Where(c => c.Id == closing).Select(c => c.Closure).SingleAsync());
        Assert.That((closure!.State, closure.DecisionComment), Is.EqualTo((ApprovalState.Rejected, "Attendre la visite")));
        var home = await TestApp.SendAsync(new SupervisorOverview.Query(), unit.Supervisor);
        Assert.That(home.Waiting.Select(w => w.CaseId), Is.EqualTo(new[] { workersPlan }), "the social worker's plan waits for the unit's supervisor");
    }

    [Test]
    public async Task Only_an_active_supervisor_of_another_unit_can_be_named_and_only_by_an_administrator()
    {
        var unit = await ArrangeAsync();

        var worker = await NameAsync(unit.Worker.Id);
        var sameUnit = await NameAsync(unit.Supervisor.Id);
        var unknown = await NameAsync(Guid.NewGuid());
        using var supervisor = await TestApp.ApiClientAsync(unit.Supervisor);
        var bySupervisor = await supervisor.PutAsJsonAsync($"/api/v1/units/{TestApp.FirstUnitId}/second-approver", new { approverId = unit.Approver.Id });

        foreach (var refused in new[] { worker, sameUnit, unknown })
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.That(problem.GetProperty("errors").GetProperty("approverId")[0].GetString(), Is.EqualTo("Choisissez un superviseur actif d'une autre unité."));
        }

        Assert.That(bySupervisor.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await TestApp.WithDbAsync(db => db.Units.Where(u => u.Id == TestApp.FirstUnitId).Select(u => u.SecondApproverId).SingleAsync()), Is.Null);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);
        var candidates = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{TestApp.FirstUnitId}/approver-candidates");
        Assert.That(candidates.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()), Is.EqualTo(new[] { unit.Approver.Id }));
    }

    [Test]
    public async Task A_plan_waiting_three_days_reminds_the_second_approver_not_its_author_and_the_notice_opens_the_decision()
    {
        var unit = await ArrangeAsync();
        await NameAsync(unit.Approver.Id);
        var id = await PlanSubmittedByAsync(unit, unit.Supervisor);

        TestApp.Clock.Advance(TimeSpan.FromDays(3.1));
        await TestApp.SendAsync(new RunReminders.Command(), null);

        var told = await TestApp.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Rule == ReminderRule.PlanAwaitingApproval && n.SubjectId == id).ToListAsync());
        Assert.That(told.Select(n => n.UserId), Is.EqualTo(new[] { unit.Approver.Id }));
        var opened = await TestApp.SendAsync(new OpenNotification.Command(told[0].Id), unit.Approver);
        Assert.That(opened, Is.EqualTo($"/Cases/Decision/{id}"));
    }

    [Test]
    public async Task The_approver_decides_on_the_decision_page_reached_from_their_home_page()
    {
        var unit = await ArrangeAsync();
        await NameAsync(unit.Approver.Id);
        var id = await PlanSubmittedByAsync(unit, unit.Supervisor);
        using var supervisorPages = await TestApp.PageClientAsync(unit.Supervisor);
        using var approverPages = await TestApp.PageClientAsync(unit.Approver);

        var supervisorHome = await supervisorPages.GetStringAsync("/");
        var approverHome = await approverPages.GetStringAsync("/");
        var page = await approverPages.GetStringAsync($"/Cases/Decision/{id}");
        var rejected = await Forms.PostAsync(approverPages, $"/Cases/Decision/{id}", new Dictionary<string, string> { ["approved"] = "false", ["comment"] = "" }, "Plan");
        var rejectedPage = await rejected.Content.ReadAsStringAsync();
        var approved = await Forms.PostAsync(approverPages, $"/Cases/Decision/{id}", new Dictionary<string, string> { ["approved"] = "true" }, "Plan");

        Assert.That(supervisorHome, Does.Contain("de vos propres soumissions attendent la décision"));
        Assert.That(supervisorHome, Does.Not.Contain("Personne d&#x27;autre dans l&#x27;unité"), "a second approver is named");
        Assert.That(approverHome, Does.Contain($"href=\"/Cases/Decision/{id}\""));
        Assert.That(page, Does.Contain("Scolarisation à la rentrée").And.Contain("second approbateur"));
        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a rejection without a comment is shown again with its message");
        Assert.That(rejectedPage, Does.Contain("Un refus s&#x27;accompagne d&#x27;un commentaire."));
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(approved.Headers.Location?.OriginalString, Is.EqualTo("/"));
        Assert.That(await TestApp.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()), Is.EqualTo(CaseStatus.PlanEstablished));
    }
}
