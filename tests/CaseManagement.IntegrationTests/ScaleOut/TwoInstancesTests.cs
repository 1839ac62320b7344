using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.Notifications;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.ScaleOut;

/// <summary>
/// Two application instances on one database behave as one: a token issued by one is honoured by the other (shared
/// keys), concurrent registrations on both give unique, gap-free file numbers, and reminder runs on both at once write
/// each reminder once, without an error.
/// </summary>
public sealed class TwoInstancesTests : IntegrationTest
{
    [Test]
    public async Task Writes_and_reminder_runs_on_two_instances_happen_exactly_once()
    {
        await using var second = TestApp.SecondInstance();
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseStatus.Open);
        using var first = await TestApp.ApiClientAsync(world.Worker);
        using var other = await TestApp.ApiClientAsync(world.Worker.Email, world.Worker.Password, second);

        // The first instance's token opens the second instance's API (the data-protection keys are in the database).
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/children/{world.ChildId}"))
        {
            request.Headers.Authorization = first.DefaultRequestHeaders.Authorization;
            using var crossed = second.CreateClient();
            Assert.That((await crossed.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // 16 registrations, half on each instance, all at once.
        var registrations = Enumerable.Range(0, 16).Select(async i =>
        {
            var response = await (i % 2 == 0 ? first : other).PostAsJsonAsync("/api/v1/children",
                new ChildBuilder().Named($"Jumeau{i}", "Inventé").Build(), TestApp.Json);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fileNumber").GetString()!;
        }).ToList();
        var numbers = await Task.WhenAll(registrations);
        var sequence = numbers.Select(n => int.Parse(n[(n.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.That(sequence, Is.EqualTo(Enumerable.Range(sequence[0], 16)), "unique and gap-free across both instances");

        // Late follow-ups, then three reminder runs on each instance at the same time.
        await TestApp.WithDbAsync(async db =>
        {
            for (var i = 0; i < 1_500; i++)
                db.FollowUps.Add(new FollowUp(caseId, world.Worker.UnitId, FollowUpKind.HomeVisit, FollowUpPurpose.Manual,
                    new DateOnly(2026, 11, 1).AddDays(-(i % 200)), world.Worker.Id, null, world.Worker.Id, TestApp.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        var runs = Enumerable.Range(0, 6).Select(i => TestApp.SendAsync(new RunReminders.Command(), null, i % 2 == 0 ? null : second)).ToList();
        var created = (await Task.WhenAll(runs)).Sum(r => r.Created);

        var (total, distinct) = await TestApp.WithDbAsync(async db => (
            await db.Notifications.CountAsync(),
            await db.Notifications.Select(n => new { n.Rule, n.SubjectId, n.UserId, n.DueOn }).Distinct().CountAsync()));
        Assert.That(created, Is.EqualTo(total), "what the runs say they wrote is what is there");
        Assert.That(total, Is.EqualTo(distinct), "no reminder twice");
        Assert.That(total, Is.GreaterThanOrEqualTo(1_500 * 2), "each late follow-up reminded to its worker and, escalated, to the supervisors");
        Assert.That((await TestApp.SendAsync(new RunReminders.Command(), null, second)).Created, Is.Zero, "a later run finds nothing missing");
    }
}
