
namespace CaseManagement.BrowserTests.Journeys;

public sealed class FirstLookTests
{
    [TestCase("fr")]
    [TestCase("ar")]
    public async Task The_sign_in_page_and_the_administrators_home_are_clean(string language)
    {
        await using var session = await Session.OpenAsync(language);
        await session.Page.GotoAsync("/Account/Login");
        await session.CheckAsync("sign-in");
        await session.SignInAsync(BrowserApp.AdminEmail, BrowserApp.AdminPassword);
        await session.CheckAsync("home-admin");
    }
}
