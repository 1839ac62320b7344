using CaseManagement.Application.Security;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>At 390×844: nothing scrolls sideways, the menu hides behind its button, the header stays small, file numbers stay on one line.</summary>
public sealed class PhoneTests
{
    [TestCase("fr")]
    [TestCase("ar")]
    public async Task The_main_pages_fit_a_phone(string language)
    {
        var worker = await BrowserApp.CreateUserAsync(Roles.SocialWorker, language == "ar" ? "سناء العلوي" : "Sanaa Alaoui");
        await using var session = await Session.OpenAsync(language, phone: true);
        var page = session.Page;
        await page.GotoAsync("/Account/Login");
        await session.CheckAsync("sign-in");
        await session.SignInAsync(worker.Email, worker.Password);
        await session.UseLanguageAsync();
        Assert.That(await page.Locator("#main-menu").IsVisibleAsync(), Is.False, "the menu is collapsed");
        await session.CheckAsync("home-worker");

        var child = language == "ar" ? ("Chraibi", "الشرايبي", "2012-09-10") : ("Benjelloun", "بنجلون", "2011-11-12");
        var (caseUrl, _) = await Steps.ChildAndReportAsync(session, child, language == "ar" ? "إشعار هاتفي." : "Signalement par téléphone.");
        await session.CheckAsync("case-page");
        await page.GotoAsync("/Children");
        await session.CheckAsync("children");
        await page.GotoAsync("/Cases");
        await session.CheckAsync("cases");
        _ = caseUrl;
    }
}
