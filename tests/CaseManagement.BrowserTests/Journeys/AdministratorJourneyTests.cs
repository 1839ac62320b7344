using CaseManagement.Application.Security;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>Journey 1: an administrator creates a social worker and a supervisor, then adds and corrects a partner; the new accounts sign in.</summary>
public sealed class AdministratorJourneyTests
{
    [Test]
    public async Task An_administrator_creates_accounts_and_edits_a_partner()
    {
        await using var session = await Session.OpenAsync();
        var page = session.Page;
        await session.SignInAsync(BrowserApp.AdminEmail, BrowserApp.AdminPassword);

        var created = new List<(string Email, string Password)>();
        foreach (var (role, name) in new[] { (Roles.SocialWorker, "Amina Bakkali"), (Roles.Supervisor, "Youssef Naciri") })
        {
            await session.OpenMenuItemAsync("/Admin/Users");
            var email = $"{name.Split(' ')[0].ToLowerInvariant()}@browser.invalid";
            var password = "Compte-navigateur-2026";
            await page.GetByLabel(session.T("Field.DisplayName")).FillAsync(name);
            await page.GetByLabel(session.T("Field.Email")).FillAsync(email);
            await page.GetByLabel(session.T("Field.Password")).FillAsync(password);
            await page.GetByLabel(session.T("Field.Role")).SelectOptionAsync(role);
            await page.Locator("form:has(#Data_DisplayName) button[type=submit], form:has(#Data_DisplayName) button:not([type])").First.ClickAsync();
            await Assertions.Expect(page.Locator("table")).ToContainTextAsync(email);
            created.Add((email, password));
        }

        await session.CheckAsync("admin-users");

        // A partner added, then corrected: its contact and name change in the list.
        await session.OpenMenuItemAsync("/Partners");
        await page.Locator("#p-name").FillAsync("Centre Al Amal (fictif)");
        await page.Locator("#p-name-ar").FillAsync("مركز الأمل");
        await page.Locator("#p-type").SelectOptionAsync("Association");
        await page.Locator("#p-services").FillAsync("Écoute, Hébergement");
        await page.Locator("#p-contact").FillAsync("0537 11 11 11");
        await page.Locator("form:has(#p-name) button.btn-primary").ClickAsync();
        var row = page.Locator("tr", new PageLocatorOptions { HasText = "Centre Al Amal (fictif)" });
        await Assertions.Expect(row).ToContainTextAsync("0537 11 11 11");
        await row.Locator("a", new LocatorLocatorOptions { HasText = session.T("Common.Edit") }).ClickAsync();
        await Assertions.Expect(page.Locator("#partner-form")).ToHaveTextAsync(session.T("Partners.Edit"));
        await Assertions.Expect(page.Locator("#p-contact")).ToHaveValueAsync("0537 11 11 11");
        await page.Locator("#p-name").FillAsync("Centre Al Amal de Sidi Kacem (fictif)");
        await page.Locator("#p-contact").FillAsync("0537 22 22 22");
        await page.Locator("form:has(#p-name) button.btn-primary").ClickAsync();
        var corrected = page.Locator("tr", new PageLocatorOptions { HasText = "Centre Al Amal de Sidi Kacem (fictif)" });
        await Assertions.Expect(corrected).ToContainTextAsync("0537 22 22 22");
        Assert.That(await page.Locator("tr", new PageLocatorOptions { HasText = "0537 11 11 11" }).CountAsync(), Is.Zero, "corrected, not added again");
        await session.CheckAsync("partners");

        // The new accounts work.
        foreach (var (email, password) in created)
        {
            await using var newcomer = await Session.OpenAsync();
            await newcomer.SignInAsync(email, password);
            await Assertions.Expect(newcomer.Page.Locator("h1")).ToBeVisibleAsync();
        }
    }
}
