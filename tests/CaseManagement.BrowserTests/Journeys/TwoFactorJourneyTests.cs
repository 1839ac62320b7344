using CaseManagement.Application.Security;
using CaseManagement.Web.Security;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>Journey 7: a supervisor enrols two-factor sign-in with the key the page shows, then signs in with a code.</summary>
public sealed class TwoFactorJourneyTests
{
    [Test]
    public async Task A_user_enrols_two_factor_sign_in_and_signs_in_with_a_code()
    {
        var supervisor = await BrowserApp.CreateUserAsync(Roles.Supervisor, "Leila Amrani");
        await using var session = await Session.OpenAsync();
        var page = session.Page;
        await session.SignInAsync(supervisor.Email, supervisor.Password);
        await session.OpenAccountMenuAsync();
        await page.Locator("header a[href='/Account/Security']").ClickAsync();
        await page.WaitForURLAsync("**/Account/Security");
        await session.CheckAsync("two-factor-enrolment");

        // The authenticator app is played by the key the page prints under the QR code.
        var key = (await page.Locator("code.user-select-all").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.Locator("#Code").FillAsync(TwoFactor.CodeAt(key, DateTimeOffset.UtcNow));
        await page.Locator("form[action$='handler=Enable'] button").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(session.T("TwoFactor.On"));
        await session.CheckAsync("two-factor-on");

        // Next sign-in: the password, then a code (of the next 30-second step: the one just used is spent).
        await session.OpenAccountMenuAsync();
        await page.Locator("form[action='/Account/Logout'] button").ClickAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Data_Email").FillAsync(supervisor.Email);
        await page.Locator("#Data_Password").FillAsync(supervisor.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/Account/LoginTwoFactor**");
        await session.CheckAsync("two-factor-code");
        await page.Locator("#Data_Code").FillAsync(TwoFactor.CodeAt(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Leila Amrani");
    }
}
