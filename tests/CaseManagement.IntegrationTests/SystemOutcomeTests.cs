using System.Net;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests;

/// <summary>What the system writes is a code, rendered in the reader's language — never a sentence in one language.</summary>
public sealed class SystemOutcomeTests
{
    [TestCase("fr", "Plan approuvé")]
    [TestCase("ar", "تمت المصادقة على الخطة")]
    public async Task A_deadline_closed_by_an_approved_plan_says_so_in_the_readers_language(string language, string label)
    {
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseStatus.PlanEstablished);

        var closed = await TestApp.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.FollowUps.Where(f => f.CaseId == caseId && f.Purpose == CaseManagement.Domain.FollowUps.FollowUpPurpose.Plan)));
        Assert.That(closed.Fulfilment, Is.EqualTo(CaseManagement.Domain.FollowUps.FollowUpFulfilment.PlanApproved));
        Assert.That(closed.Outcome, Is.Null, "no English sentence stored");

        using var pages = await TestApp.PageClientAsync(world.Worker);
        if (language == "ar")
            await BidiIsolationTests.UseArabicAsync(pages);
        var page = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.That(WebUtility.HtmlDecode(page), Does.Contain(label).And.Not.Contain("Plan approved"));
    }
}
