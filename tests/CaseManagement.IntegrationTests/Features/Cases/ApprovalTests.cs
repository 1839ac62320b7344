using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Cases;

public sealed class ApprovalTests : IntegrationTest
{
    [Test]
    public async Task Without_an_approved_plan_the_case_does_not_reach_plan_established()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.UnderAssessment);
        using var worker = await TestApp.ApiClientAsync(world.Worker);

        await worker.PostAsJsonAsync($"/api/v1/cases/{id}/plan", new { objectives = new[] { "Scolarisation" } });
        var submitted = await worker.PostAsync($"/api/v1/cases/{id}/plan/submission", null);
        var move = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/transitions", new { to = "PlanEstablished" });
        var selfDecision = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/plan/approval", new { approved = true });

        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(move.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a submitted plan is not an approved plan");
        Assert.That(selfDecision.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "social workers do not approve plans");
        var stored = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("UnderAssessment"));
    }

    [Test]
    public async Task A_supervisor_cannot_approve_their_own_plan_and_another_supervisors_approval_establishes_it()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.UnderAssessment);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);
        using var other = await TestApp.ApiClientAsync(world.OtherSupervisor);

        await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/plan", new
        {
            objectives = new[] { "Protéger l'enfant" },
            actions = new[] { new { what = "Visite à domicile", who = "AS", dueOn = "2026-12-10", status = "Planned" } },
            nextReviewOn = "2027-02-01",
        });
        (await supervisor.PostAsync($"/api/v1/cases/{id}/plan/submission", null)).EnsureSuccessStatusCode();
        var own = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/plan/approval", new { approved = true });
        var byOther = await other.PostAsJsonAsync($"/api/v1/cases/{id}/plan/approval", new { approved = true, comment = "Bon plan" });

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byOther.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var stored = await other.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("PlanEstablished"));
        Assert.That(stored.GetProperty("plan").GetProperty("state").GetString(), Is.EqualTo("Approved"));
        var review = await TestApp.WithDbAsync(db => db.FollowUps.SingleAsync(f => f.CaseId == id && f.Purpose == FollowUpPurpose.PlanReview));
        Assert.That(review.DueOn, Is.EqualTo(new DateOnly(2027, 2, 1)), "the plan's own review date");
    }

    [Test]
    public async Task A_rejected_plan_needs_a_comment_and_can_be_revised_and_submitted_again()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.UnderAssessment);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);
        await worker.PostAsJsonAsync($"/api/v1/cases/{id}/plan", new { objectives = new[] { "Objectif vague" } });
        await worker.PostAsync($"/api/v1/cases/{id}/plan/submission", null);

        var bare = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/plan/approval", new { approved = false });
        var rejected = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/plan/approval", new { approved = false, comment = "Préciser les objectifs" });
        var revised = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/plan", new { objectives = new[] { "Scolarisation en janvier" } });
        var resubmitted = await worker.PostAsync($"/api/v1/cases/{id}/plan/submission", null);

        Assert.That(bare.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(revised.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(resubmitted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task Closure_needs_a_request_and_another_persons_approval()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.InCare);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);

        var direct = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/transitions", new { to = "Closed" });
        var noApproval = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/closure-approval", new { approved = true });
        var request = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/closure-request", new { reason = "DangerEnded", summary = "Situation stabilisée." });
        var own = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/closure-approval", new { approved = true });
        using var other = await TestApp.ApiClientAsync(world.OtherSupervisor);
        var approved = await other.PostAsJsonAsync($"/api/v1/cases/{id}/closure-approval", new { approved = true });

        Assert.That(direct.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(noApproval.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "nothing to approve yet");
        Assert.That(request.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var stored = await other.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("Closed"));
        Assert.That(stored.GetProperty("closure").GetProperty("reason").GetString(), Is.EqualTo("DangerEnded"));
        var planned = await TestApp.WithDbAsync(db => db.FollowUps.CountAsync(f => f.CaseId == id && f.Status == FollowUpStatus.Planned));
        Assert.That(planned, Is.Zero, "a closed case leaves no follow-up to remind");
    }

    [Test]
    public async Task A_rejected_closure_leaves_the_case_in_care()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.InCare);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);
        await worker.PostAsJsonAsync($"/api/v1/cases/{id}/closure-request", new { reason = "LostContact", summary = "Famille injoignable." });

        var rejected = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/closure-approval", new { approved = false, comment = "Tenter une visite" });

        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var stored = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("InCare"));
        Assert.That(stored.GetProperty("closure").GetProperty("state").GetString(), Is.EqualTo("Rejected"));
    }
}
