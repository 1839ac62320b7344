using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>Steps several journeys take, done through the pages as a user does them.</summary>
internal static class Steps
{
    public static async Task FillChildAsync(IPage page, (string Family, string FamilyAr, string Born) child)
    {
        await page.Locator("#Data_GivenName").FillAsync("Salma");
        await page.Locator("#Data_FamilyName").FillAsync(child.Family);
        await page.Locator("#Data_GivenNameAr").FillAsync("سلمى");
        await page.Locator("#Data_FamilyNameAr").FillAsync(child.FamilyAr);
        await page.Locator("#Data_Sex").SelectOptionAsync("Female");
        await page.Locator("#Data_DateOfBirth").FillAsync(child.Born);
    }

    /// <summary>Registers a child and reports a case for it through the pages; returns the case page's address and the child's file number.</summary>
    public static async Task<(string CaseUrl, string FileNumber)> ChildAndReportAsync(Session session, (string Family, string FamilyAr, string Born) child, string summary)
    {
        var page = session.Page;
        await session.OpenMenuItemAsync("/Children/Register");
        await FillChildAsync(page, child);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/Children/Details/**");
        var fileNumber = (await page.Locator(".file-number").First.InnerTextAsync()).Trim();
        await page.Locator("a[href^='/Cases/New/']").ClickAsync();
        await page.Locator("input[name='Data.Concerns']").Nth(0).CheckAsync();
        await page.Locator("input[name='Data.PrimaryConcern']").Nth(0).CheckAsync();
        await page.Locator("#summary").FillAsync(summary);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/Cases/Details/**");
        return (page.Url, fileNumber);
    }
}
