using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.FollowUps;

public sealed class FollowUpTests : IntegrationTest
{
    [Test]
    public async Task Opening_a_case_schedules_the_evaluation_and_the_plan_in_casablanca_dates()
    {
        // 23:30 UTC on 29 November is already 30 November in Casablanca (UTC+1).
        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero));
        var world = await CaseWorld.CreateAsync();

        var normal = await world.CaseInAsync(CaseStatus.Open);
        var urgent = await world.CaseInAsync(CaseStatus.Open, new CaseBuilder(world.ChildId).Urgent());

        var dueDates = await TestApp.WithDbAsync(db => db.FollowUps.OrderBy(f => f.DueOn)
            .Select(f => new { f.CaseId, f.Purpose, f.DueOn, f.AssigneeId }).ToListAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(dueDates.Single(f => f.CaseId == normal && f.Purpose == FollowUpPurpose.Evaluation).DueOn, Is.EqualTo(new DateOnly(2026, 12, 15)));
            Assert.That(dueDates.Single(f => f.CaseId == normal && f.Purpose == FollowUpPurpose.Plan).DueOn, Is.EqualTo(new DateOnly(2026, 12, 30)));
            Assert.That(dueDates.Single(f => f.CaseId == urgent && f.Purpose == FollowUpPurpose.Evaluation).DueOn, Is.EqualTo(new DateOnly(2026, 12, 3)));
            Assert.That(dueDates.Select(f => f.AssigneeId), Is.All.EqualTo(world.Worker.Id), "the case's social worker");
        }
    }

    [Test]
    public async Task Recording_the_assessment_fulfils_the_evaluation_and_an_approved_high_risk_plan_is_reviewed_monthly()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var worker = await TestApp.ApiClientAsync(world.Worker);

        var assessment = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/assessment", new
        {
            findings = new[] { new { domain = "Safety", finding = "Violence au domicile", concernLevel = "High" }, new { domain = "Education", finding = "Absences", concernLevel = "Medium" } },
            overallRisk = "High",
            narrative = "Évaluation inventée.",
        });
        Assert.That(assessment.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await world.ApprovedPlanAsync(id);

        var followUps = await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.CaseId == id).ToListAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(followUps.Single(f => f.Purpose == FollowUpPurpose.Evaluation).Status, Is.EqualTo(FollowUpStatus.Done));
            Assert.That(followUps.Single(f => f.Purpose == FollowUpPurpose.Plan).Status, Is.EqualTo(FollowUpStatus.Done));
            Assert.That(followUps.Single(f => f.Purpose == FollowUpPurpose.PlanReview).DueOn, Is.EqualTo(new DateOnly(2026, 12, 29)), "one month when risk is high");
        }

        var stored = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.That(stored.GetProperty("riskLevel").GetString(), Is.EqualTo("High"));
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("PlanEstablished"));
    }

    [Test]
    public async Task Overdue_starts_at_midnight_in_casablanca_not_in_utc()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var followUpId = await TestApp.SendAsync(new ScheduleFollowUp.Command { CaseId = id, Kind = FollowUpKind.HomeVisit, DueOn = new DateOnly(2026, 11, 30) }, world.Worker);

        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 11, 30, 22, 59, 0, TimeSpan.Zero)); // 23:59 on the 30th in Casablanca
        var lastMinute = await TestApp.SendAsync(new ListFollowUps.Query { Due = "overdue" }, world.Worker);
        var dueToday = await TestApp.SendAsync(new ListFollowUps.Query { Due = "soon" }, world.Worker);

        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero)); // midnight, 1 December in Casablanca
        var midnight = await TestApp.SendAsync(new ListFollowUps.Query { Due = "overdue" }, world.Worker);

        Assert.That(lastMinute.Items.Select(f => f.Id), Does.Not.Contain(followUpId));
        Assert.That(dueToday.Items.Single(f => f.Id == followUpId).DueSoon, Is.True);
        Assert.That(midnight.Items.Single(f => f.Id == followUpId).Overdue, Is.True);
    }

    [TestCase(7, true)]
    [TestCase(8, false)]
    [TestCase(0, true)]
    public async Task Due_soon_means_within_seven_days(int daysAhead, bool soon)
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var today = new DateOnly(2026, 11, 29);
        var followUpId = await TestApp.SendAsync(new ScheduleFollowUp.Command { CaseId = id, Kind = FollowUpKind.PhoneCall, DueOn = today.AddDays(daysAhead) }, world.Worker);

        var list = await TestApp.SendAsync(new ListFollowUps.Query { Due = "soon" }, world.Worker);

        Assert.That(list.Items.Any(f => f.Id == followUpId), Is.EqualTo(soon));
    }

    [Test]
    public async Task A_late_entry_is_accepted_and_completing_it_needs_the_outcome()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var worker = await TestApp.ApiClientAsync(world.Worker);

        var created = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/follow-ups", new { kind = "HomeVisit", dueOn = "2026-11-20", note = "Visite faite la semaine dernière" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var followUpId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var overdue = await worker.GetFromJsonAsync<JsonElement>("/api/v1/follow-ups?assignee=me&due=overdue");
        Assert.That(overdue.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()), Does.Contain(followUpId));
        Assert.That(overdue.GetProperty("total").GetInt32(), Is.EqualTo(1), "a page of follow-ups says how many there are");

        var empty = await worker.PostAsJsonAsync($"/api/v1/follow-ups/{followUpId}/completion", new { outcome = "" });
        var done = await worker.PostAsJsonAsync($"/api/v1/follow-ups/{followUpId}/completion", new { outcome = "Enfant vu, situation calme" });
        var twice = await worker.PostAsJsonAsync($"/api/v1/follow-ups/{followUpId}/completion", new { outcome = "Encore" });

        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(twice.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task A_social_worker_schedules_only_for_themselves_a_supervisor_for_anyone_of_the_unit()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);

        var forOther = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/follow-ups", new { kind = "PhoneCall", dueOn = "2026-12-05", assigneeId = world.Supervisor.Id });
        var bySupervisor = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/follow-ups", new { kind = "Accompaniment", dueOn = "2026-12-05", assigneeId = world.OtherSupervisor.Id });

        Assert.That(forOther.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(bySupervisor.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Reassigning_a_case_hands_its_planned_follow_ups_to_the_new_worker()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var colleague = await TestApp.CreateUserAsync(CaseManagement.Application.Security.Roles.SocialWorker);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);

        (await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/assignment", new { socialWorkerId = colleague.Id })).EnsureSuccessStatusCode();

        var assignees = await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.CaseId == id).Select(f => f.AssigneeId).ToListAsync());
        Assert.That(assignees, Has.Count.EqualTo(2).And.All.EqualTo(colleague.Id));
    }
}

public sealed class StandardsTests : IntegrationTest
{
    [Test]
    public async Task A_supervisor_shortens_the_units_evaluation_delay_and_new_cases_follow_it()
    {
        var world = await CaseWorld.CreateAsync();
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);

        var set = await supervisor.PutAsJsonAsync($"/api/v1/units/{TestApp.FirstUnitId}/standards", new
        {
            evaluationDays = 10, urgentEvaluationDays = 1, planDays = 20, planReviewMonths = 2, highRiskPlanReviewMonths = 1, referralFeedbackDays = 15,
        });
        var otherUnit = await supervisor.PutAsJsonAsync($"/api/v1/units/{Guid.NewGuid()}/standards", new { evaluationDays = 10 });
        var invalid = await supervisor.PutAsJsonAsync($"/api/v1/units/{TestApp.FirstUnitId}/standards", new { evaluationDays = 0 });
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(otherUnit.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        var id = await world.CaseInAsync(CaseStatus.Open);
        var evaluation = await TestApp.WithDbAsync(db => db.FollowUps.SingleAsync(f => f.CaseId == id && f.Purpose == FollowUpPurpose.Evaluation));
        Assert.That(evaluation.DueOn, Is.EqualTo(new DateOnly(2026, 12, 9)), "29 November + 10 days");
    }
}
