using System.Net;
using System.Net.Http.Json;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Domain;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Cases;

/// <summary>
/// What the case page offers is what the commands accept: for each stage of a case and each of the two people who
/// work on it, every action the page shows succeeds and every action it hides is refused (403 for who, 409 for when).
/// </summary>
public sealed class CaseActionTests : IntegrationTest
{
    public enum Stage
    {
        Received,
        Open,
        PlanSubmitted,
        PlanEstablished,
        ClosureRequested,
        Closed,
        NotRetained,
    }

    public enum Actor
    {
        AssignedWorker,
        Supervisor,
    }

    private static async Task<Guid> CaseAtAsync(CaseWorld world, Stage stage)
    {
        switch (stage)
        {
            case Stage.PlanSubmitted:
                var submitted = await world.CaseInAsync(CaseStatus.UnderAssessment);
                await TestApp.SendAsync(new SavePlan.Command { CaseId = submitted, Objectives = ["Retour à l'école"] }, world.Worker);
                await TestApp.SendAsync(new SubmitPlan.Command(submitted), world.Worker);
                return submitted;
            case Stage.ClosureRequested:
                var requested = await world.CaseInAsync(CaseStatus.InCare);
                await TestApp.SendAsync(new RequestClosure.Command { CaseId = requested, Reason = ClosureReason.ObjectivesReached, Summary = "Objectifs atteints." }, world.Worker);
                return requested;
            default:
                return await world.CaseInAsync(Enum.Parse<CaseStatus>(stage.ToString()));
        }
    }

    private static readonly Dictionary<string, Func<Guid, CaseWorld, Task<IBaseRequest>>> Commands = new()
    {
        [nameof(GetCase.AllowedActions.Assign)] = (id, w) => Task.FromResult<IBaseRequest>(new AssignCase.Command { CaseId = id, SocialWorkerId = w.Worker.Id }),
        [nameof(GetCase.AllowedActions.Assess)] = (id, _) => Task.FromResult<IBaseRequest>(new RecordAssessment.Command
        {
            CaseId = id, OverallRisk = RiskLevel.Medium,
            Findings = [new AssessmentFinding { Domain = AssessmentDomain.Safety, Finding = "Évaluation (inventée)", ConcernLevel = ConcernLevel.Medium }],
        }),
        [nameof(GetCase.AllowedActions.EditPlan)] = (id, _) => Task.FromResult<IBaseRequest>(new SavePlan.Command { CaseId = id, Objectives = ["Objectif révisé"] }),
        [nameof(GetCase.AllowedActions.SubmitPlan)] = (id, _) => Task.FromResult<IBaseRequest>(new SubmitPlan.Command(id)),
        [nameof(GetCase.AllowedActions.DecidePlan)] = (id, _) => Task.FromResult<IBaseRequest>(new DecidePlan.Command { CaseId = id, Approved = true }),
        [nameof(GetCase.AllowedActions.RequestClosure)] = (id, _) => Task.FromResult<IBaseRequest>(new RequestClosure.Command
        {
            CaseId = id, Reason = ClosureReason.ObjectivesReached, Summary = "Objectifs atteints.",
        }),
        [nameof(GetCase.AllowedActions.DecideClosure)] = (id, _) => Task.FromResult<IBaseRequest>(new DecideClosure.Command { CaseId = id, Approved = true }),
        [nameof(GetCase.AllowedActions.Work)] = (id, _) => Task.FromResult<IBaseRequest>(new AddNote.Command { CaseId = id, Text = "Note (inventée)", Sensitivity = NoteSensitivity.Normal }),
        [nameof(GetCase.AllowedActions.UpdateFlags)] = async (id, _) => new UpdateCaseFlags.Command { CaseId = id, Urgent = true, Version = await TestApp.VersionOfCaseAsync(id) },
    };

    [Test]
    public async Task The_page_offers_exactly_what_the_commands_accept_at_every_stage_for_both_people([Values] Stage stage, [Values] Actor actor)
    {
        var world = await CaseWorld.CreateAsync();
        var user = actor == Actor.Supervisor ? world.Supervisor : world.Worker;
        var shown = await TestApp.SendAsync(new GetCase.Query(await CaseAtAsync(world, stage)), user);
        var offered = typeof(GetCase.AllowedActions).GetProperties().Where(p => p.PropertyType == typeof(bool))
            .ToDictionary(p => p.Name, p => (bool)p.GetValue(shown.Can)!);

        var mismatches = new List<string>();
        foreach (var (action, command) in Commands)
        {
            var id = await CaseAtAsync(world, stage); // each action on a case of its own at that stage
            var accepted = await AcceptsAsync(await command(id, world), user);
            if (accepted != offered[action])
                mismatches.Add($"{action}: page {(offered[action] ? "offers" : "hides")} it, command {(accepted ? "accepts" : "refuses")} it");
        }

        Assert.That(mismatches, Is.Empty);
    }

    private static async Task<bool> AcceptsAsync(IBaseRequest command, TestUser user)
    {
        try
        {
            await (Task)typeof(TestApp).GetMethod(nameof(TestApp.SendAsync))!
                .MakeGenericMethod(command.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0])
                .Invoke(null, [command, user, null])!;
            return true;
        }
        catch (Exception refused) when (refused is NotPermittedException or DomainRuleException or ForbiddenException)
        {
            return false;
        }
    }

    [Test]
    public async Task Two_edits_of_the_flags_from_the_same_reading_do_not_lose_the_first_silently()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        var version = await TestApp.VersionOfCaseAsync(id);

        var first = await worker.PutAsJsonAsync($"/api/v1/cases/{id}/flags", new { reportedToProsecutorOn = "2026-11-28", prosecutorReference = "PR-1", version });
        var second = await worker.PutAsJsonAsync($"/api/v1/cases/{id}/flags", new { urgent = true, version });

        Assert.That(first.IsSuccessStatusCode, Is.True, await first.Content.ReadAsStringAsync());
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var kept = await TestApp.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.ProsecutorReference).SingleAsync());
        Assert.That(kept, Is.EqualTo("PR-1"));
    }

    [Test]
    public async Task A_closed_case_takes_no_note_attachment_or_flag_change()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Closed);
        using var worker = await TestApp.ApiClientAsync(world.Supervisor);

        var note = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = "Après clôture", sensitivity = "Normal" });
        var flags = await worker.PutAsJsonAsync($"/api/v1/cases/{id}/flags", new { urgent = true, version = await TestApp.VersionOfCaseAsync(id) });
        var file = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "file", "note.pdf" } };
        var attachment = await worker.PostAsync($"/api/v1/cases/{id}/attachments", file);

        Assert.That(new[] { note.StatusCode, flags.StatusCode, attachment.StatusCode }, Is.All.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Approving_ones_own_submission_is_a_403_for_plans_and_closures_alike()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.InCare);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);
        await TestApp.SendAsync(new RequestClosure.Command { CaseId = id, Reason = ClosureReason.ObjectivesReached, Summary = "Objectifs atteints." }, world.Supervisor);
        var plan = await world.CaseInAsync(CaseStatus.UnderAssessment);
        await TestApp.SendAsync(new SavePlan.Command { CaseId = plan, Objectives = ["Objectif"] }, world.Supervisor);
        await TestApp.SendAsync(new SubmitPlan.Command(plan), world.Supervisor);

        var closure = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/closure-approval", new { approved = true });
        var approval = await supervisor.PostAsJsonAsync($"/api/v1/cases/{plan}/plan/approval", new { approved = true });

        Assert.That(closure.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(approval.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
