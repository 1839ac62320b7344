using CaseManagement.Application.Security;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>Sign-in, a child's registration and a report completed with the keyboard alone: Tab, typing, Space and Enter.</summary>
public sealed class KeyboardTests
{
    [Test]
    public async Task Sign_in_child_registration_and_the_report_form_work_with_the_keyboard_only()
    {
        var worker = await BrowserApp.CreateUserAsync(Roles.SocialWorker, "Zineb Kabbaj");
        await using var session = await Session.OpenAsync();
        var page = session.Page;
        var keys = page.Keyboard;

        await page.GotoAsync("/Account/Login");
        await TabToAsync(page, "#Data_Email");
        await keys.TypeAsync(worker.Email);
        await keys.PressAsync("Tab");
        await keys.TypeAsync(worker.Password);
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        await page.GotoAsync("/Children/Register");
        await TabToAsync(page, "#Data_GivenName");
        await keys.TypeAsync("Salma");
        await keys.PressAsync("Tab");
        await keys.TypeAsync("Kabbaj");
        await keys.PressAsync("Tab");
        await keys.TypeAsync("سلمى");
        await keys.PressAsync("Tab");
        await keys.TypeAsync("القباج");
        await TabToAsync(page, "#Data_Sex");
        await keys.PressAsync("ArrowDown"); // the first choice after the empty one
        await TabToAsync(page, "#EstimatedAge");
        await keys.TypeAsync("9");
        await keys.PressAsync("Enter"); // Enter in a field submits the form
        await page.WaitForURLAsync("**/Children/Details/**");

        await TabToAsync(page, "a[href^='/Cases/New/']");
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync("**/Cases/New/**");
        await TabToAsync(page, "input[name='Data.Concerns']");
        await keys.PressAsync("Space");
        await keys.PressAsync("Tab");
        await keys.PressAsync("Space"); // the primary-concern radio beside it
        await TabToAsync(page, "#summary");
        await keys.TypeAsync("Signalement saisi au clavier.");
        await TabToAsync(page, "form button[type=submit]");
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync("**/Cases/Details/**");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Signalement saisi au clavier.");
    }

    /// <summary>Presses Tab until the focus is on an element matching <paramref name="selector"/>, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 120; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
                return;
        }

        Assert.Fail($"{selector} cannot be reached with the Tab key");
    }
}
