using System.Globalization;
using CaseManagement.Application.Security;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>Journey 5: a kafala is recorded and handed over, and its visit schedule appears; a child is admitted to an EPS.</summary>
public sealed class PlacementJourneyTests
{
    [Test]
    public async Task A_kafala_is_handed_over_with_its_visits_and_a_child_is_admitted_to_an_establishment()
    {
        var worker = await BrowserApp.CreateUserAsync(Roles.SocialWorker, "Ghita Lahlou");
        var supervisor = await BrowserApp.CreateUserAsync(Roles.Supervisor, "Hamid Berrada");

        // The supervisor registers the establishment.
        await using (var boss = await Session.OpenAsync())
        {
            await boss.SignInAsync(supervisor.Email, supervisor.Password);
            await boss.OpenMenuItemAsync("/Eps");
            await boss.Page.Locator("#e-name").FillAsync("Foyer Al Wifaq (fictif)");
            await boss.Page.Locator("#e-name-ar").FillAsync("دار الوفاق");
            await boss.Page.Locator("#e-cap").FillAsync("30");
            await boss.Page.Locator("form:has(#e-name) button.btn-primary").ClickAsync();
            await Assertions.Expect(boss.Page.Locator("main")).ToContainTextAsync("Foyer Al Wifaq (fictif)");
            await boss.CheckAsync("establishments");
        }

        await using var session = await Session.OpenAsync();
        var page = session.Page;
        await session.SignInAsync(worker.Email, worker.Password);
        await session.OpenMenuItemAsync("/Children/Register");
        await Steps.FillChildAsync(page, ("Tazi", "التازي", "2020-06-01"));
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/Children/Details/**");
        var childUrl = page.Url;

        // Kafala: recorded, then moved to hand-over step by step.
        await page.Locator("a[href^='/Kafala/New/']").ClickAsync();
        await page.Locator("#ab-cat").SelectOptionAsync("AB1");
        await page.Locator("#k0-kind").SelectOptionAsync("Woman");
        await page.Locator("#k0-name").FillAsync("Samira Idrissi (fictive)");
        await page.Locator("#k0-country").FillAsync("FR");
        await page.Locator("#k0-legal").CheckAsync();
        await page.Locator("#p-order").FillAsync("OK-2026-17");
        await session.CheckAsync("kafala-form");
        await page.Locator("form button.btn-primary").Last.ClickAsync();
        await page.WaitForURLAsync("**/Kafala/Details/**");
        var day = DateOnly.FromDateTime(DateTime.Today).AddDays(-40);
        foreach (var step in new[] { "RequestFiled", "CommissionInquiry", "OrderIssued", "HandedOver" })
        {
            await page.Locator("#to").SelectOptionAsync(step);
            await page.Locator("#date").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (step == "OrderIssued")
                await page.Locator("#reference").FillAsync("OK-2026-17");
            await page.Locator("form[action$='handler=Move'] button").ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(session.T($"Enum.KafalaStatus.{step}"));
            day = day.AddDays(10);
        }

        var visits = page.Locator("details.row-actions");
        Assert.That(await visits.CountAsync(), Is.GreaterThan(0), "the hand-over planned the follow-up visits");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(session.T("Enum.FollowUpPurpose.KafalaVisit"));
        await session.CheckAsync("kafala-handed-over");

        // An admission to the establishment.
        await page.GotoAsync(childUrl);
        await page.Locator("a[href^='/Eps/Admit/']").ClickAsync();
        var establishment = await page.Locator("#est option", new PageLocatorOptions { HasText = "Foyer Al Wifaq (fictif)" }).GetAttributeAsync("value");
        await page.Locator("#est").SelectOptionAsync(establishment!);
        await page.Locator("#date").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#ref").FillAsync("ORD-2026-44");
        await page.Locator("form button.btn-primary").Last.ClickAsync();
        await page.WaitForURLAsync("**/Eps/Placement/**");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Foyer Al Wifaq (fictif)");
        await session.CheckAsync("eps-placement");
    }
}
