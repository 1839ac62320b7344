using CaseManagement.Application.Features;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Features.Lists;

/// <summary>
/// Lists read by key: walking the pages with each page's <c>next</c> shows every row that was there once, in the list's
/// order, even when rows are added between two pages (at the same moment as others, so the tie-breakers are exercised).
/// </summary>
public sealed class KeysetPagingTests : IntegrationTest
{
    private static async Task<List<T>> WalkAsync<T>(Func<string?, Task<Paged<T>>> page, Func<int, Task>? between = null)
    {
        var all = new List<T>();
        string? after = null;
        for (var i = 0; i < 50; i++)
        {
            var current = await page(after);
            all.AddRange(current.Items);
            if (between is not null)
                await between(i);
            if ((after = current.Next) is null)
                return all;
        }

        throw new AssertionException("the pages never ended");
    }

    [Test]
    public async Task Children_newest_first_each_once_across_inserts()
    {
        var worker = await TestApp.CreateUserAsync(Application.Security.Roles.SocialWorker);
        var before = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            if (i % 3 == 0)
                TestApp.Clock.Advance(TimeSpan.FromMinutes(1)); // three children share each moment
            before.Add((await TestApp.SendAsync(new ChildBuilder().Named($"Enfant{i}", "Inventé").Build(), worker)).Id);
        }

        var seen = await WalkAsync(after => TestApp.SendAsync(new SearchChildren.Query(null, after, 3), worker),
            async _ => await TestApp.SendAsync(new ChildBuilder().Named("Nouveau", "Inventé").Build(), worker));

        var expected = await TestApp.WithDbAsync(db => Task.FromResult(db.Children.Where(c => before.Contains(c.Id))
            .AsEnumerable().OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.FileNumber, StringComparer.Ordinal).Select(c => c.Id).ToList()));
        Assert.That(seen.Select(c => c.Id).Where(before.Contains), Is.EqualTo(expected), "every child once, newest first");
        Assert.That(seen.Select(c => c.Id).Distinct().Count(), Is.EqualTo(seen.Count), "no row twice");
    }

    [Test]
    public async Task Cases_urgent_first_then_oldest_each_once_across_inserts()
    {
        var world = await CaseWorld.CreateAsync();
        var before = new List<(Guid Id, bool Urgent)>();
        for (var i = 0; i < 9; i++)
        {
            if (i % 2 == 0)
                TestApp.Clock.Advance(TimeSpan.FromMinutes(1));
            var builder = new CaseBuilder(world.ChildId);
            before.Add(((await TestApp.SendAsync((i % 3 == 0 ? builder.Urgent() : builder).Build(), world.Worker)).Id, i % 3 == 0));
        }

        var seen = await WalkAsync(after => TestApp.SendAsync(new ListCases.Query { After = after, PageSize = 2 }, world.Supervisor),
            async i => await TestApp.SendAsync((i % 2 == 0 ? new CaseBuilder(world.ChildId).Urgent() : new CaseBuilder(world.ChildId)).Build(), world.Worker));

        var ids = before.Select(b => b.Id).ToList();
        var shown = seen.Where(c => ids.Contains(c.Id)).ToList();
        Assert.That(shown.Select(c => c.Id), Is.EquivalentTo(ids), "every case that was there, once");
        Assert.That(shown.Select(c => c.Urgent), Is.Ordered.Descending, "urgent cases first");
        Assert.That(seen.Select(c => c.Id).Distinct().Count(), Is.EqualTo(seen.Count), "no row twice");
        var numbers = shown.Select(c => c.Number).ToList();
        Assert.That(numbers.Take(before.Count(b => b.Urgent)), Is.Ordered.Using<string>(StringComparer.Ordinal), "oldest first among the urgent (numbers follow creation)");
        Assert.That(numbers.Skip(before.Count(b => b.Urgent)), Is.Ordered.Using<string>(StringComparer.Ordinal), "and among the others");
    }

    [Test]
    public async Task Follow_ups_first_due_first_each_once_with_a_total()
    {
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseStatus.Open);
        var today = new DateOnly(2026, 11, 29);
        var planned = new List<Guid>();
        for (var i = 0; i < 7; i++)
            planned.Add(await TestApp.SendAsync(new ScheduleFollowUp.Command { CaseId = caseId, Kind = FollowUpKind.PhoneCall, DueOn = today.AddDays(i / 2) }, world.Worker));

        var first = await TestApp.SendAsync(new ListFollowUps.Query { Due = "soon", PageSize = 3 }, world.Worker);
        var seen = await WalkAsync(after => TestApp.SendAsync(new ListFollowUps.Query { Due = "soon", After = after, PageSize = 3 }, world.Worker));

        var mine = seen.Where(f => planned.Contains(f.Id)).ToList();
        Assert.That(mine.Select(f => f.Id), Is.EquivalentTo(planned));
        Assert.That(mine.Select(f => f.DueOn), Is.Ordered, "first due first");
        Assert.That(seen.Select(f => f.Id).Distinct().Count(), Is.EqualTo(seen.Count));
        Assert.That(first.Total, Is.EqualTo(seen.Count), "the total counts the whole list, not the page");
        Assert.That(first.TotalCapped, Is.False);
    }

    [Test]
    public async Task A_count_past_the_cap_says_more_than_instead_of_counting_everything()
    {
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseStatus.Open);
        await TestApp.WithDbAsync(async db =>
        {
            var unitId = db.Cases.Where(c => c.Id == caseId).Select(c => c.UnitId).Single();
            for (var i = 0; i <= Paging.TotalCap; i++)
                db.FollowUps.Add(new FollowUp(caseId, unitId, FollowUpKind.PhoneCall, FollowUpPurpose.Manual, new DateOnly(2026, 12, 1), world.Worker.Id, null, world.Worker.Id, TestApp.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        var page = await TestApp.SendAsync(new ListFollowUps.Query { Due = "soon" }, world.Worker);

        Assert.That((page.Total, page.TotalCapped), Is.EqualTo((Paging.TotalCap, true)));
        Assert.That(page.Items, Has.Count.EqualTo(20));
        Assert.That(page.Next, Is.Not.Null);
    }

    [Test]
    public async Task The_child_list_page_links_the_next_page_and_back_to_the_first()
    {
        var worker = await TestApp.CreateUserAsync(Application.Security.Roles.SocialWorker);
        for (var i = 0; i < 21; i++)
            await TestApp.SendAsync(new ChildBuilder().Named($"Page{i}", "Inventé").Build(), worker);
        using var pages = await TestApp.PageClientAsync(worker);

        var first = System.Net.WebUtility.HtmlDecode(await pages.GetStringAsync("/Children"));
        var next = System.Text.RegularExpressions.Regex.Match(first, "href=\"(\\?after=[^\"]+)\" rel=\"next\"").Groups[1].Value;
        var second = System.Net.WebUtility.HtmlDecode(await pages.GetStringAsync("/Children" + next));

        Assert.That(next, Is.Not.Empty, "page 1 of 21 children links a next page");
        Assert.That(first, Does.Not.Contain("Première page"));
        Assert.That(second, Does.Contain("href=\"?\">Première page</a>"), "back to the first page, without the cursor");
        Assert.That(second, Does.Not.Contain("rel=\"next\""), "the last page");
    }
}
