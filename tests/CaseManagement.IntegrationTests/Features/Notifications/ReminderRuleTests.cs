using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Notifications;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Notifications;
using CaseManagement.IntegrationTests.Features.Placements;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Notifications;

/// <summary>
/// Every reminder rule, evaluated in the database against what exists (no id list sent), on both sides of its
/// boundary, and nothing written twice. The clock starts on 29 November 2026, 11:00 in Casablanca.
/// </summary>
public sealed class ReminderRuleTests : IntegrationTest
{
    private static Task<int> RunAsync() => TestApp.SendAsync(new RunReminders.Command(), null).ContinueWith(t => t.Result.Created, TaskScheduler.Default);

    private static Task<List<(ReminderRule Rule, Guid SubjectId, Guid UserId, DateOnly DueOn)>> NotificationsAsync() =>
        TestApp.WithDbAsync(async db => (await db.Notifications.Select(n => new { n.Rule, n.SubjectId, n.UserId, n.DueOn }).ToListAsync())
            .Select(n => (n.Rule, n.SubjectId, n.UserId, n.DueOn)).ToList());

    [Test]
    public async Task Placement_reviews_kafala_re_alerts_and_a_child_turning_eighteen_reach_the_right_people_once()
    {
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        var (worker, childId, client, kafalaId) = await KafalaTests.OpenAsync(new DateOnly(2008, 11, 25)); // 18 on 25 November 2026
        await KafalaTests.HandOverAsync(client, kafalaId, "2026-08-01"); // visits due 1 September and 1 November
        client.Dispose();
        var visits = await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.KafalaPlacementId == kafalaId && f.Status == FollowUpStatus.Planned)
            .OrderBy(f => f.DueOn).Select(f => new { f.Id, f.DueOn }).ToListAsync());
        Assert.That(visits.Select(v => v.DueOn), Is.EqualTo(new[] { new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 1) }));
        var (september, november) = (visits[0].Id, visits[1].Id);

        Assert.That(await RunAsync(), Is.GreaterThan(0));
        var all = await NotificationsAsync();
        (ReminderRule, Guid, Guid, DateOnly)[] Of(ReminderRule rule) => all.Where(n => n.Rule == rule).Select(n => (n.Rule, n.SubjectId, n.UserId, n.DueOn)).OrderBy(n => n.DueOn).ThenBy(n => n.UserId).ToArray();
        Assert.That(Of(ReminderRule.FollowUpOverdue), Is.EquivalentTo(new[]
        {
            (ReminderRule.FollowUpOverdue, september, worker.Id, new DateOnly(2026, 9, 1)), (ReminderRule.FollowUpOverdue, november, worker.Id, new DateOnly(2026, 11, 1)),
        }));
        Assert.That(Of(ReminderRule.PlacementReviewOverdue), Is.EquivalentTo(new[]
        {
            (ReminderRule.PlacementReviewOverdue, september, supervisor.Id, new DateOnly(2026, 9, 1)), (ReminderRule.PlacementReviewOverdue, november, supervisor.Id, new DateOnly(2026, 11, 1)),
        }));
        Assert.That(Of(ReminderRule.KafalaRealert), Is.EquivalentTo(new[]
        {
            (ReminderRule.KafalaRealert, september, worker.Id, new DateOnly(2026, 10, 1)), (ReminderRule.KafalaRealert, september, supervisor.Id, new DateOnly(2026, 10, 1)),
        }), "only the visit late by more than 30 days, dated the day of the re-alert, to its worker and the supervisors");
        Assert.That(Of(ReminderRule.TurningEighteen), Is.EqualTo(new[] { (ReminderRule.TurningEighteen, childId, worker.Id, new DateOnly(2026, 11, 25)) }),
            "the placement's worker, not the supervisors");
        Assert.That(Of(ReminderRule.FollowUpOverdueEscalated).Select(n => n.Item3), Is.All.EqualTo(supervisor.Id));

        Assert.That(await RunAsync(), Is.Zero, "a second run writes nothing");
        Assert.That(await NotificationsAsync(), Has.Count.EqualTo(all.Count));
    }

    [Test]
    public async Task A_late_evaluation_and_a_closure_waiting_three_days_reach_the_supervisors()
    {
        var world = await CaseWorld.CreateAsync();
        var open = await world.CaseInAsync(CaseStatus.Open); // evaluation due in 15 days
        var inCare = await world.CaseInAsync(CaseStatus.InCare);
        await TestApp.SendAsync(new RequestClosure.Command { CaseId = inCare, Reason = ClosureReason.ObjectivesReached, Summary = "Objectifs atteints." }, world.Worker);
        var evaluation = await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.CaseId == open && f.Purpose == FollowUpPurpose.Evaluation).Select(f => new { f.Id, f.DueOn }).SingleAsync());

        TestApp.Clock.Advance(TimeSpan.FromDays(2));
        await RunAsync();
        Assert.That((await NotificationsAsync()).Where(n => n.Rule is ReminderRule.ClosureAwaitingApproval or ReminderRule.EvaluationLate), Is.Empty, "not yet");

        TestApp.Clock.Advance(TimeSpan.FromDays(17));
        await RunAsync();
        var all = await NotificationsAsync();
        Assert.That(all.Where(n => n.Rule == ReminderRule.ClosureAwaitingApproval).Select(n => (n.SubjectId, n.UserId)),
            Is.EquivalentTo(new[] { (inCare, world.Supervisor.Id), (inCare, world.OtherSupervisor.Id) }));
        Assert.That(all.Where(n => n.Rule == ReminderRule.EvaluationLate && n.SubjectId == evaluation.Id).Select(n => (n.UserId, n.DueOn)),
            Is.EquivalentTo(new[] { (world.Supervisor.Id, evaluation.DueOn), (world.OtherSupervisor.Id, evaluation.DueOn) }));
        Assert.That(await RunAsync(), Is.Zero);
    }

    [Test]
    public async Task Thousands_of_late_follow_ups_are_reminded_exactly_once_in_batches()
    {
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseStatus.Open);
        const int late = 4_500; // more than four batches of 1,000
        await TestApp.WithDbAsync(async db =>
        {
            var now = TestApp.Clock.GetUtcNow();
            for (var i = 0; i < late; i++)
                db.FollowUps.Add(new FollowUp(caseId, world.Worker.UnitId, FollowUpKind.HomeVisit, FollowUpPurpose.Manual,
                    new DateOnly(2026, 11, 1).AddDays(-(i % 300)), world.Worker.Id, null, world.Worker.Id, now));
            return await db.SaveChangesAsync();
        });

        using (var queries = new QueryParameters())
        {
            await RunAsync();
            Assert.That(queries.Selects, Is.GreaterThan(5));
            Assert.That(queries.MostInOneSelect, Is.LessThan(30), "no list of ids is sent to the database");
        }

        var overdue = (await NotificationsAsync()).Where(n => n.Rule == ReminderRule.FollowUpOverdue && n.UserId == world.Worker.Id).ToList();
        var expected = await TestApp.WithDbAsync(db => db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Planned && f.DueOn < new DateOnly(2026, 11, 29)));
        Assert.That(overdue, Has.Count.EqualTo(expected));
        Assert.That(expected, Is.GreaterThanOrEqualTo(late));
        Assert.That(overdue.Select(n => n.SubjectId).Distinct().Count(), Is.EqualTo(expected));
        var escalated = (await NotificationsAsync()).Count(n => n.Rule == ReminderRule.FollowUpOverdueEscalated);
        Assert.That(escalated, Is.EqualTo(2 * expected), "both supervisors, every follow-up more than 7 days late");
        Assert.That(await RunAsync(), Is.Zero, "nothing twice");
    }
}

public sealed class RecurringJobTests
{
    [Test]
    public void Every_recurring_job_runs_once_at_a_time_and_is_never_retried_on_top_of_the_next_run()
    {
        var jobs = typeof(CaseManagement.Web.Jobs.ReminderJob).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(CaseManagement.Web.Jobs.ReminderJob).Namespace && t.GetMethod("RunAsync") is not null && t.GetField("Id") is not null)
            .ToList();
        Assert.That(jobs, Has.Count.EqualTo(4), "reminders, monthly report drafts, retention, database maintenance");
        foreach (var job in jobs)
        {
            // Read without building the attributes: Hangfire's retry attribute takes a logger from a global provider.
            var attributes = job.GetMethod("RunAsync")!.GetCustomAttributesData();
            Assert.That(attributes.Any(a => a.AttributeType == typeof(Hangfire.DisableConcurrentExecutionAttribute)), Is.True, job.Name);
            var retry = attributes.SingleOrDefault(a => a.AttributeType == typeof(Hangfire.AutomaticRetryAttribute));
            Assert.That(retry?.NamedArguments.Single(n => n.MemberName == nameof(Hangfire.AutomaticRetryAttribute.Attempts)).TypedValue.Value, Is.Zero, job.Name);
        }
    }
}
