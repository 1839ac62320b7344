using CaseManagement.Application.Security;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>
/// Every page of the main menu, the account and notification pages, for each role, in French and Arabic, on a desktop and
/// on a phone: each is checked (console, CSP, axe, Latin words in Arabic, element bounds, tables that fit a phone).
/// </summary>
public sealed class TourTests
{
    [TestCase(Roles.Supervisor, "fr", false)]
    [TestCase(Roles.Supervisor, "ar", false)]
    [TestCase(Roles.Administrator, "ar", false)]
    [TestCase(Roles.SocialWorker, "ar", false)]
    [TestCase(Roles.Supervisor, "fr", true)]
    [TestCase(Roles.Supervisor, "ar", true)]
    [TestCase(Roles.Administrator, "fr", true)]
    public async Task Every_menu_page_is_clean(string role, string language, bool phone)
    {
        var (email, password) = role == Roles.Administrator
            ? (BrowserApp.AdminEmail, BrowserApp.AdminPassword)
            : await Account(role, language);
        await using var session = await Session.OpenAsync(language, phone);
        var page = session.Page;
        await session.SignInAsync(email, password);
        await session.UseLanguageAsync();
        var links = (await page.Locator("#main-menu a.nav-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).ToList();
        links.AddRange(["/Notifications", "/Account/Security"]);
        if (role == Roles.Supervisor)
            links.Add("/Dashboard");
        // Every page is visited and every page's findings reported, not just the first.
        var findings = new List<string>();
        foreach (var href in links.Distinct())
        {
            await page.GotoAsync(href);
            try
            {
                await session.CheckAsync("tour" + href.Replace('/', '-').ToLowerInvariant());
            }
            catch (AssertionException finding)
            {
                findings.Add(finding.Message);
                session.ForgetErrors();
            }
        }

        Assert.That(findings, Is.Empty);
    }

    private static async Task<(string, string)> Account(string role, string language)
    {
        var user = await BrowserApp.CreateUserAsync(role, language == "ar" ? "نوال الحسني" : "Nawal Hassani");
        return (user.Email, user.Password);
    }
}
