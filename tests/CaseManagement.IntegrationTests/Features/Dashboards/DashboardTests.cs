using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Features.Reports;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.Web.Charts;

namespace CaseManagement.IntegrationTests.Features.Dashboards;

public sealed partial class DashboardTests : IntegrationTest
{
    [Test]
    public async Task The_unit_dashboard_draws_the_units_charts_as_svg_with_their_numbers_in_a_table_and_the_home_page_links_it()
    {
        var world = await CaseWorld.CreateAsync();
        await world.CaseInAsync(CaseStatus.InCare, new CaseBuilder(world.ChildId).WithConcerns("RUE"));
        await world.CaseInAsync(CaseStatus.Open);
        using var pages = await TestApp.PageClientAsync(world.Supervisor);

        var start = await pages.GetStringAsync("/");
        Assert.That(start, Does.Contain("href=\"/Dashboard\""), "the morning's list links the charts");
        Assert.That(start, Does.Not.Contain("<figure"), "the home page groups no active case of the unit");
        var home = WebUtility.HtmlDecode(await pages.GetStringAsync("/Dashboard"));

        Assert.That(home.Split("<figure").Length - 1, Is.EqualTo(6), "six charts");
        Assert.That(SvgCount().Matches(home), Has.Count.EqualTo(5), "one has nothing to draw: no follow-up is overdue");
        Assert.That(home, Does.Contain("Rien à afficher."));
        Assert.That(home, Does.Contain("Dossiers actifs par problématique principale").And.Contain("RUE · Situation de rue"));
        Assert.That(home, Does.Contain("Dossiers actifs par statut").And.Contain("Signalements reçus par mois"));
        Assert.That(home, Does.Contain(world.Worker.DisplayName), "caseload and overdue items per social worker");
        Assert.That(home, Does.Contain("Charge de travail par travailleur social").And.Contain($"<td><bdi>{world.Worker.DisplayName}</bdi></td><td>2</td>"), "the caseload table: two active cases");
        Assert.That(home, Does.Not.Contain("style=\""), "no inline style: the content-security policy forbids it");
        Assert.That(home, Does.Contain("role=\"img\" aria-labelledby=\"by-status-title\""));
        using var worker = await TestApp.PageClientAsync(world.Worker);
        var refused = await worker.GetAsync("/Dashboard");
        Assert.That(refused.Headers.Location?.ToString(), Does.StartWith("/Account/AccessDenied").Or.Contains("/Account/AccessDenied"), "supervisors only");
    }

    [Test]
    public async Task A_social_worker_sees_their_own_caseload_and_overdue_items()
    {
        var world = await CaseWorld.CreateAsync();
        await world.CaseInAsync(CaseStatus.Open);
        TestApp.Clock.Advance(TimeSpan.FromDays(20)); // the evaluation (15 days) is now overdue
        using var pages = await TestApp.PageClientAsync(world.Worker);

        var home = WebUtility.HtmlDecode(await pages.GetStringAsync("/"));

        Assert.That(home, Does.Contain("Mes dossiers par statut").And.Contain("Mes suivis en retard par type"));
        Assert.That(SvgCount().Matches(home), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task In_arabic_the_bars_grow_from_the_right_and_labels_keep_their_direction()
    {
        var chart = new BarChartModel("c", "عنوان", [new Bar("الإهمال", 12, "12"), new Bar("Rue (RUE)", 3, "<5")], "الإشكالية", "العدد");

        var rtl = BarChart.Svg(chart, rightToLeft: true).ToString()!;
        var ltr = BarChart.Svg(chart, rightToLeft: false).ToString()!;

        var axis = int.Parse(AxisX().Match(rtl).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var bar = RectX().Match(rtl);
        Assert.That(int.Parse(bar.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(bar.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(axis), "the longest bar ends at the axis on the right");
        Assert.That(rtl, Does.Contain("direction=\"rtl\" unicode-bidi=\"isolate\">الإهمال"));
        Assert.That(rtl, Does.Contain("direction=\"ltr\" unicode-bidi=\"isolate\">&lt;5"), "numbers stay left to right");
        Assert.That(int.Parse(AxisX().Match(ltr).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.LessThan(axis));
        Assert.That(RectX().Matches(ltr)[0].Groups[1].Value, Is.EqualTo(AxisX().Match(ltr).Groups[1].Value), "in French bars start at the axis on the left");
    }

    [Test]
    public async Task A_provincial_viewers_home_shows_the_key_figures_of_the_provinces_validated_reports()
    {
        var data = await ReportDataset.BuildAsync();
        using var supervisor = await TestApp.ApiClientAsync(data.Supervisor);
        (await supervisor.PostAsync("/api/v1/reports/monthly/2026-10/draft", null)).EnsureSuccessStatusCode();
        (await supervisor.PostAsync("/api/v1/reports/monthly/2026-10/validation", null)).EnsureSuccessStatusCode();
        using var viewer = await TestApp.PageClientAsync(await TestApp.CreateUserAsync(Roles.ProvincialViewer));

        var home = WebUtility.HtmlDecode(await viewer.GetStringAsync("/"));

        Assert.That(home, Does.Contain("octobre 2026").And.Contain("Signalements reçus").And.Contain("<5"));
        Assert.That(home, Does.Contain("Nouveaux enfants pris en charge dans la province"));
        Assert.That(home, Does.Not.Contain("Salma"));
    }

    [GeneratedRegex("<svg class=\"chart\"")]
    private static partial Regex SvgCount();

    [GeneratedRegex("<line x1=\"(\\d+)\"")]
    private static partial Regex AxisX();

    [GeneratedRegex("<rect x=\"(\\d+)\" y=\"\\d+\" width=\"(\\d+)\"")]
    private static partial Regex RectX();
}

/// <summary>Home pages stay small whatever the unit's size: each block shows its first 20 rows and says how many there are.</summary>
public sealed class HomePageBoundsTests : IntegrationTest
{
    [Test]
    public async Task A_social_workers_home_shows_twenty_of_many_late_follow_ups_with_their_number()
    {
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseManagement.Domain.Cases.CaseStatus.Open);
        await TestApp.WithDbAsync(async db =>
        {
            for (var i = 0; i < 35; i++)
                db.FollowUps.Add(new CaseManagement.Domain.FollowUps.FollowUp(caseId, world.Worker.UnitId, CaseManagement.Domain.FollowUps.FollowUpKind.HomeVisit,
                    CaseManagement.Domain.FollowUps.FollowUpPurpose.Manual, new DateOnly(2026, 11, 1).AddDays(i % 20), world.Worker.Id, null, world.Worker.Id, TestApp.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        var late = await TestApp.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.FollowUps,
            f => f.AssigneeId == world.Worker.Id && f.Status == CaseManagement.Domain.FollowUps.FollowUpStatus.Planned && f.DueOn < new DateOnly(2026, 11, 29)));

        using var pages = await TestApp.PageClientAsync(world.Worker);
        var home = System.Net.WebUtility.HtmlDecode(await pages.GetStringAsync("/"));
        var overdue = home[home.IndexOf("En retard", StringComparison.Ordinal)..home.IndexOf("card border-warning", StringComparison.Ordinal)];
        Assert.That(overdue, Does.Contain($"({late})"), "the block says how many");
        Assert.That(System.Text.RegularExpressions.Regex.Count(overdue, "<li class=\"py-1 border-bottom\">"), Is.EqualTo(20));
        Assert.That(overdue, Does.Contain("Les 20 premiers"));
    }
}

public sealed class BellTests : IntegrationTest
{
    [Test]
    public async Task The_bell_counts_up_to_99_and_then_says_99_plus()
    {
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseStatus.Open);
        await TestApp.WithDbAsync(async db =>
        {
            for (var i = 0; i < 120; i++)
                db.FollowUps.Add(new Domain.FollowUps.FollowUp(caseId, world.Worker.UnitId, Domain.FollowUps.FollowUpKind.PhoneCall, Domain.FollowUps.FollowUpPurpose.Manual,
                    new DateOnly(2026, 10, 1).AddDays(-i), world.Worker.Id, null, world.Worker.Id, TestApp.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        await TestApp.SendAsync(new Application.Features.Notifications.RunReminders.Command(), null);
        using var pages = await TestApp.PageClientAsync(world.Worker);

        var home = WebUtility.HtmlDecode(await pages.GetStringAsync("/"));

        Assert.That(home, Does.Contain("<span class=\"badge text-bg-danger\">99+<span class=\"visually-hidden\"> non lues</span></span>"));
        Assert.That(home, Does.Contain("<span class=\"visually-hidden\">Notifications</span>"), "the bell is named by text, not an emoji");
    }
}
