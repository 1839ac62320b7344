using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Application.Features.Notifications;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Notifications;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Features.Notifications;

/// <summary>Reminders with the fake clock and the Casablanca zone (UTC+1): each rule fires on one side of its boundary only.</summary>
public sealed class ReminderTests : IntegrationTest
{
    private static Task RunAsync() => TestApp.SendAsync(new RunReminders.Command(), null);

    private static Task<List<(ReminderRule Rule, Guid UserId, DateOnly DueOn)>> NotificationsAsync() =>
        TestApp.WithDbAsync(async db => (await db.Notifications.Select(n => new { n.Rule, n.UserId, n.DueOn }).ToListAsync())
            .Select(n => (n.Rule, n.UserId, n.DueOn)).ToList());

    private static async Task<(CaseWorld World, Guid CaseId, Guid FollowUpId)> FollowUpDueAsync(DateOnly dueOn)
    {
        var world = await CaseWorld.CreateAsync();
        var id = (await TestApp.SendAsync(new CaseBuilder(world.ChildId).Build(), world.Worker)).Id;
        await world.Move(id, CaseStatus.Open);
        var generated = await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.CaseId == id).Select(f => f.Id).ToListAsync());
        foreach (var other in generated) // only the follow-up under test remains planned
            await TestApp.SendAsync(new ChangeFollowUp.Command { FollowUpId = other, Change = FollowUpChange.Cancelled }, world.Worker);
        var followUp = await TestApp.SendAsync(new ScheduleFollowUp.Command { CaseId = id, Kind = FollowUpKind.HomeVisit, DueOn = dueOn }, world.Supervisor);
        return (world, id, followUp);
    }

    [Test]
    public async Task Due_soon_starts_two_days_ahead_in_the_units_time_zone()
    {
        // Follow-up due 2 December; "due soon" from 30 November in Casablanca.
        var (world, _, _) = await FollowUpDueAsync(new DateOnly(2026, 12, 2));
        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 11, 29, 22, 59, 0, TimeSpan.Zero)); // 29 Nov 23:59 local
        await RunAsync();
        Assert.That(await NotificationsAsync(), Is.Empty);

        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero)); // 30 Nov 00:00 local
        await RunAsync();
        Assert.That(await NotificationsAsync(), Is.EqualTo(new[] { (ReminderRule.FollowUpDueSoon, world.Worker.Id, new DateOnly(2026, 12, 2)) }));
    }

    [Test]
    public async Task Overdue_starts_at_local_midnight_and_reaches_supervisors_after_seven_days()
    {
        var (world, _, _) = await FollowUpDueAsync(new DateOnly(2026, 11, 30));
        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 11, 30, 22, 59, 0, TimeSpan.Zero)); // 30 Nov 23:59 local, due that day
        await RunAsync();
        Assert.That((await NotificationsAsync()).Select(n => n.Rule), Is.EqualTo(new[] { ReminderRule.FollowUpDueSoon }));

        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero)); // 1 Dec local
        await RunAsync();
        Assert.That((await NotificationsAsync()).Where(n => n.Rule == ReminderRule.FollowUpOverdue).Select(n => n.UserId), Is.EqualTo(new[] { world.Worker.Id }));

        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero)); // 6 days late
        await RunAsync();
        Assert.That((await NotificationsAsync()).Any(n => n.Rule == ReminderRule.FollowUpOverdueEscalated), Is.False);

        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero)); // 7 days late
        await RunAsync();
        Assert.That((await NotificationsAsync()).Where(n => n.Rule == ReminderRule.FollowUpOverdueEscalated).Select(n => n.UserId),
            Is.EquivalentTo(new[] { world.Supervisor.Id, world.OtherSupervisor.Id }));
    }

    [Test]
    public async Task A_late_evaluation_tells_each_person_once()
    {
        var world = await CaseWorld.CreateAsync();
        var id = (await TestApp.SendAsync(new CaseBuilder(world.ChildId).Build(), world.Worker)).Id;
        await world.Move(id, CaseStatus.Open);
        var evaluation = await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.CaseId == id && f.Purpose == FollowUpPurpose.Evaluation).Select(f => new { f.Id, f.DueOn }).SingleAsync());
        foreach (var other in await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.CaseId == id && f.Id != evaluation.Id).Select(f => f.Id).ToListAsync()))
            await TestApp.SendAsync(new ChangeFollowUp.Command { FollowUpId = other, Change = FollowUpChange.Cancelled }, world.Worker);

        TestApp.Clock.AdjustTime(new DateTimeOffset(evaluation.DueOn.AddDays(10).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)); // past the 7-day escalation
        await RunAsync();

        var notices = await NotificationsAsync();
        Assert.That(notices.Where(n => n.UserId == world.Worker.Id).Select(n => n.Rule), Is.EqualTo(new[] { ReminderRule.FollowUpOverdue }));
        foreach (var supervisor in new[] { world.Supervisor.Id, world.OtherSupervisor.Id })
            Assert.That(notices.Where(n => n.UserId == supervisor).Select(n => n.Rule), Is.EqualTo(new[] { ReminderRule.EvaluationLate }), "the evaluation's own rule, not the general escalation as well");
    }

    [Test]
    public async Task Running_twice_creates_nothing_twice_and_a_reschedule_rearms_the_reminder()
    {
        var (world, _, followUpId) = await FollowUpDueAsync(new DateOnly(2026, 11, 25)); // overdue on 29 Nov
        await RunAsync();
        await RunAsync();
        var first = await NotificationsAsync();
        Assert.That(first.Count(n => n.Rule == ReminderRule.FollowUpOverdue), Is.EqualTo(1));

        await TestApp.SendAsync(new ChangeFollowUp.Command { FollowUpId = followUpId, Change = FollowUpChange.Rescheduled, DueOn = new DateOnly(2026, 11, 27) }, world.Worker);
        await RunAsync();
        var overdue = (await NotificationsAsync()).Where(n => n.Rule == ReminderRule.FollowUpOverdue).Select(n => n.DueOn).ToList();
        Assert.That(overdue, Is.EquivalentTo(new[] { new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 27) }));
    }

    [Test]
    public async Task Two_job_servers_running_at_once_create_no_duplicate()
    {
        var world = await CaseWorld.CreateAsync();
        for (var i = 0; i < 5; i++)
            await FollowUpDueAsync(new DateOnly(2026, 11, 20 + i));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunAsync)));

        var all = await NotificationsAsync();
        Assert.That(all, Is.Not.Empty);
        Assert.That(all.Distinct().Count(), Is.EqualTo(all.Count));
        Assert.That(world.Worker, Is.Not.Null);
    }

    [Test]
    public async Task Unassigned_cases_reach_supervisors_after_24_hours_or_2_when_urgent()
    {
        var world = await CaseWorld.CreateAsync();
        var normal = (await TestApp.SendAsync(new CaseBuilder(world.ChildId).Build(), world.Supervisor)).Id;
        var urgent = (await TestApp.SendAsync(new CaseBuilder(world.ChildId).Urgent().Build(), world.Supervisor)).Id;

        TestApp.Clock.Advance(TimeSpan.FromMinutes(119));
        await RunAsync();
        Assert.That(await NotificationsAsync(), Is.Empty);

        TestApp.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunAsync();
        var subjects = await TestApp.WithDbAsync(db => db.Notifications.Where(n => n.Rule == ReminderRule.CaseUnassigned).Select(n => n.SubjectId).Distinct().ToListAsync());
        Assert.That(subjects, Is.EqualTo(new[] { urgent }));

        TestApp.Clock.Advance(TimeSpan.FromHours(22));
        await RunAsync();
        subjects = await TestApp.WithDbAsync(db => db.Notifications.Where(n => n.Rule == ReminderRule.CaseUnassigned).Select(n => n.SubjectId).Distinct().ToListAsync());
        Assert.That(subjects, Is.EquivalentTo(new[] { urgent, normal }));
    }

    [Test]
    public async Task A_plan_waiting_more_than_three_days_and_a_referral_without_feedback_are_reminded()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.UnderAssessment);
        await TestApp.SendAsync(new SavePlan.Command { CaseId = id, Objectives = ["Objectif"] }, world.Worker);
        await TestApp.SendAsync(new SubmitPlan.Command(id), world.Worker);
        var partner = await world.PartnerAsync();
        var referral = await TestApp.SendAsync(new CaseManagement.Application.Features.Referrals.ReferCase.Command
        {
            CaseId = id, PartnerId = partner, Service = "Bilan", Reason = "Santé", ConsentGiven = true, ConsentGivenBy = "Mère",
        }, world.Worker);
        await TestApp.SendAsync(new CaseManagement.Application.Features.Referrals.ChangeReferralStatus.Command
        {
            ReferralId = referral, Status = CaseManagement.Domain.Referrals.ReferralStatus.Sent, ExpectedResponseOn = new DateOnly(2026, 12, 2),
        }, world.Worker);

        TestApp.Clock.Advance(TimeSpan.FromDays(2.9));
        await RunAsync();
        Assert.That((await NotificationsAsync()).Select(n => n.Rule), Has.No.Member(ReminderRule.PlanAwaitingApproval).And.No.Member(ReminderRule.ReferralFeedbackOverdue));

        TestApp.Clock.Advance(TimeSpan.FromDays(0.2));
        await RunAsync();
        var rules = (await NotificationsAsync()).ToList();
        Assert.That(rules.Where(n => n.Rule == ReminderRule.PlanAwaitingApproval).Select(n => n.UserId), Is.EquivalentTo(new[] { world.Supervisor.Id, world.OtherSupervisor.Id }));
        Assert.That(rules.Select(n => n.Rule), Has.No.Member(ReminderRule.ReferralFeedbackOverdue), "the answer is expected on 2 December, still today");

        TestApp.Clock.AdjustTime(new DateTimeOffset(2026, 12, 2, 23, 0, 0, TimeSpan.Zero)); // 3 December in Casablanca
        await RunAsync();
        Assert.That((await NotificationsAsync()).Where(n => n.Rule == ReminderRule.ReferralFeedbackOverdue).Select(n => n.UserId), Is.EqualTo(new[] { world.Worker.Id }));
    }

    [Test]
    public async Task The_digest_email_reaches_each_user_once_per_run_without_child_names_and_not_those_who_turned_email_off()
    {
        var (world, _, _) = await FollowUpDueAsync(new DateOnly(2026, 11, 20)); // overdue and escalated: worker and supervisors
        await TestApp.SendAsync(new SetEmailNotifications.Command(false), world.OtherSupervisor);

        await TestApp.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(CancellationToken.None);
        await TestApp.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(CancellationToken.None);

        var mails = TestApp.Smtp.ReceivedEmail;
        var recipients = mails.SelectMany(m => m.ToAddresses.Select(a => a.Address)).ToList();
        Assert.That(recipients, Is.EquivalentTo(new[] { world.Worker.Email, world.Supervisor.Email }), "one digest each, none for who turned e-mail off");
        foreach (var mail in mails)
        {
            var body = mail.MessageParts[0].BodyData;
            Assert.That(body, Does.Contain("UPE-SK-2026-0001/1"));
            Assert.That(body, Does.Not.Contain("Salma").And.Not.Contain("Azouzi").And.Not.Contain("سلمى"));
        }
    }

    [Test]
    public async Task Notifications_are_listed_and_marked_read_through_the_api_and_the_bell_counts_them()
    {
        var (world, caseId, _) = await FollowUpDueAsync(new DateOnly(2026, 11, 25));
        await RunAsync();
        using var client = await TestApp.ApiClientAsync(world.Worker);

        var unread = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true");
        var item = unread.GetProperty("items")[0];
        Assert.That(item.GetProperty("kind").GetString(), Is.EqualTo("FollowUpOverdue"));
        Assert.That(item.TryGetProperty("subjectId", out _) && item.TryGetProperty("createdAt", out _) && item.TryGetProperty("readAt", out _), Is.True);

        using var pages = await TestApp.PageClientAsync(world.Worker);
        Assert.That(WebUtility.HtmlDecode(await pages.GetStringAsync("/")), Does.Contain("<span class=\"visually-hidden\">Notifications</span>").And.Contain("1<span class=\"visually-hidden\"> non lues</span>"));
        var opened = await Forms.PostAsync(pages, "/Notifications", new Dictionary<string, string> { ["id"] = item.GetProperty("id").GetString()! }, "Open");
        Assert.That(opened.Headers.Location?.ToString(), Is.EqualTo($"/Cases/Details/{caseId}"));

        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true");
        Assert.That(after.GetProperty("items").GetArrayLength(), Is.Zero);
        var others = await (await TestApp.ApiClientAsync(world.Supervisor)).PostAsync($"/api/v1/notifications/{item.GetProperty("id").GetString()}/read", null);
        Assert.That(others.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "nobody reads another person's notifications");
    }

    [Test]
    public async Task A_unit_that_wants_earlier_warnings_gets_them()
    {
        var (world, _, _) = await FollowUpDueAsync(new DateOnly(2026, 12, 4)); // 5 days ahead
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);
        await RunAsync();
        Assert.That(await NotificationsAsync(), Is.Empty);

        var set = await supervisor.PutAsJsonAsync($"/api/v1/units/{TestApp.FirstUnitId}/reminders", new
        {
            dueSoonDays = 5, escalationDays = 7, kafalaRealertDays = 30, approvalWaitingDays = 3, unassignedHours = 24, urgentUnassignedHours = 2,
        });
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await RunAsync();
        Assert.That((await NotificationsAsync()).Select(n => n.Rule), Is.EqualTo(new[] { ReminderRule.FollowUpDueSoon }));
    }

    [Test]
    public async Task The_jobs_dashboard_is_for_administrators_only()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var workerPages = await TestApp.PageClientAsync(worker);
        using var anonymous = TestApp.AnonymousClient();
        var admin = new TestUser(TestApp.AdminId, TestApp.AdminEmail, TestApp.AdminPassword, TestApp.FirstUnitId, Roles.Administrator, "Administrateur");
        using var adminPages = await TestApp.PageClientAsync(admin);

        var byWorker = await workerPages.GetAsync("/jobs");
        var byAnonymous = await anonymous.GetAsync("/jobs");
        var byAdmin = await adminPages.GetAsync("/jobs");

        Assert.That(byWorker.Headers.Location?.ToString(), Does.Contain("AccessDenied"));
        Assert.That(byAnonymous.Headers.Location?.ToString(), Does.Contain("/Account/Login"));
        Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
