using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Application.Features.Notifications;
using CaseManagement.Application.Features.Units;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Notifications;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Notifications;

/// <summary>
/// After a complete run the next one reads only what crossed a threshold or changed since (ReminderCheckpoint). What
/// people rely on must still hold: whoever newly owns a late follow-up, a follow-up recorded late, or thresholds made
/// shorter are reminded on the next run. The clock moves between steps so that "changed since" means something.
/// </summary>
public sealed class ReminderCheckpointTests : IntegrationTest
{
    private static Task<RunReminders.Result> RunAsync() => TestApp.SendAsync(new RunReminders.Command(), null);

    private static Task<List<(ReminderRule Rule, Guid UserId, Guid SubjectId)>> NoticesAsync() =>
        TestApp.WithDbAsync(async db => (await db.Notifications.Select(n => new { n.Rule, n.UserId, n.SubjectId }).ToListAsync())
            .Select(n => (n.Rule, n.UserId, n.SubjectId)).ToList());

    /// <summary>A case of the world's worker whose only planned follow-up is a home visit due on <paramref name="dueOn"/>.</summary>
    private static async Task<(Guid CaseId, Guid FollowUpId)> LateVisitAsync(CaseWorld world, DateOnly dueOn)
    {
        var id = (await TestApp.SendAsync(new CaseBuilder(world.ChildId).Build(), world.Worker)).Id;
        await world.Move(id, CaseStatus.Open);
        foreach (var other in await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.CaseId == id).Select(f => f.Id).ToListAsync()))
            await TestApp.SendAsync(new ChangeFollowUp.Command { FollowUpId = other, Change = FollowUpChange.Cancelled }, world.Worker);
        var followUp = await TestApp.SendAsync(new ScheduleFollowUp.Command { CaseId = id, Kind = FollowUpKind.HomeVisit, DueOn = dueOn }, world.Supervisor);
        return (id, followUp);
    }

    [Test]
    public async Task A_late_follow_up_handed_to_another_worker_reaches_them_on_the_next_run()
    {
        var world = await CaseWorld.CreateAsync();
        var (caseId, followUp) = await LateVisitAsync(world, new DateOnly(2026, 11, 9)); // 20 days late
        TestApp.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        Assert.That(await NoticesAsync(), Does.Contain((ReminderRule.FollowUpOverdue, world.Worker.Id, followUp)));
        Assert.That(await TestApp.WithDbAsync(db => db.ReminderCheckpoints.Select(c => c.CheckedOn).SingleAsync()), Is.EqualTo(new DateOnly(2026, 11, 29)));

        TestApp.Clock.Advance(TimeSpan.FromHours(1));
        var newcomer = await TestApp.CreateUserAsync(Roles.SocialWorker);
        await TestApp.SendAsync(new AssignCase.Command { CaseId = caseId, SocialWorkerId = newcomer.Id }, world.Supervisor);
        TestApp.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        Assert.That((await NoticesAsync()).Where(n => n.UserId == newcomer.Id), Is.EqualTo(new[] { (ReminderRule.FollowUpOverdue, newcomer.Id, followUp) }));

        var count = (await NoticesAsync()).Count;
        TestApp.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        Assert.That((await NoticesAsync()).Count, Is.EqualTo(count), "nothing twice");
    }

    [Test]
    public async Task A_follow_up_recorded_long_after_its_date_is_reminded_on_the_next_run()
    {
        var world = await CaseWorld.CreateAsync();
        var (caseId, _) = await LateVisitAsync(world, new DateOnly(2026, 12, 20));
        TestApp.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        Assert.That(await NoticesAsync(), Is.Empty);

        TestApp.Clock.Advance(TimeSpan.FromHours(1));
        var late = await TestApp.SendAsync(new ScheduleFollowUp.Command { CaseId = caseId, Kind = FollowUpKind.PhoneCall, DueOn = new DateOnly(2026, 10, 1) }, world.Supervisor);
        TestApp.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        Assert.That(await NoticesAsync(), Is.EquivalentTo(new[]
        {
            (ReminderRule.FollowUpOverdue, world.Worker.Id, late),
            (ReminderRule.FollowUpOverdueEscalated, world.Supervisor.Id, late),
            (ReminderRule.FollowUpOverdueEscalated, world.OtherSupervisor.Id, late),
        }));
    }

    [Test]
    public async Task Shorter_thresholds_bring_the_whole_backlog_under_them_on_the_next_run()
    {
        var world = await CaseWorld.CreateAsync();
        await TestApp.SendAsync(new SetReminderSettings.Command { UnitId = TestApp.FirstUnitId, EscalationDays = 30 }, world.Supervisor);
        var (_, followUp) = await LateVisitAsync(world, new DateOnly(2026, 11, 9)); // 20 days late: not escalated at 30
        TestApp.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        Assert.That((await NoticesAsync()).Select(n => n.Rule), Is.EqualTo(new[] { ReminderRule.FollowUpOverdue }));

        TestApp.Clock.Advance(TimeSpan.FromHours(1));
        await TestApp.SendAsync(new SetReminderSettings.Command { UnitId = TestApp.FirstUnitId, EscalationDays = 7 }, world.Supervisor);
        TestApp.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        Assert.That((await NoticesAsync()).Where(n => n.Rule == ReminderRule.FollowUpOverdueEscalated), Is.EquivalentTo(new[]
        {
            (ReminderRule.FollowUpOverdueEscalated, world.Supervisor.Id, followUp),
            (ReminderRule.FollowUpOverdueEscalated, world.OtherSupervisor.Id, followUp),
        }));
    }
}
