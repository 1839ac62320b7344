using CaseManagement.Application.Security;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>Every page of the main menu, the account and notification pages, for each role, in French and Arabic: each is checked (console, CSP, axe, Latin words in Arabic).</summary>
public sealed class TourTests
{
    [TestCase(Roles.Supervisor, "fr")]
    [TestCase(Roles.Supervisor, "ar")]
    [TestCase(Roles.Administrator, "ar")]
    [TestCase(Roles.SocialWorker, "ar")]
    public async Task Every_menu_page_is_clean(string role, string language)
    {
        var (email, password) = role == Roles.Administrator
            ? (BrowserApp.AdminEmail, BrowserApp.AdminPassword)
            : await Account(role, language);
        await using var session = await Session.OpenAsync(language);
        var page = session.Page;
        await session.SignInAsync(email, password);
        await session.UseLanguageAsync();
        var links = (await page.Locator("#main-menu a.nav-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ToList();
        links.AddRange(["/Notifications", "/Account/Security"]);
        if (role == Roles.Supervisor)
            links.Add("/Dashboard");
        foreach (var href in links.Distinct())
        {
            await page.GotoAsync(href);
            await session.CheckAsync("tour" + href.Replace('/', '-').ToLowerInvariant());
        }
    }

    private static async Task<(string, string)> Account(string role, string language)
    {
        var user = await BrowserApp.CreateUserAsync(role, language == "ar" ? "نوال الحسني" : "Nawal Hassani");
        return (user.Email, user.Password);
    }
}
