using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>
/// Journey 2: a social worker registers a child with an Arabic name, is warned about a duplicate, records a report
/// with concerns and urgency, and writes a restricted note of several lines — in French and in Arabic.
/// </summary>
public sealed class SocialWorkerJourneyTests
{
    [TestCase("fr")]
    [TestCase("ar")]
    public async Task A_social_worker_registers_a_child_reports_a_case_and_writes_a_note(string language)
    {
        var worker = await BrowserApp.CreateUserAsync(CaseManagement.Application.Security.Roles.SocialWorker, language == "ar" ? "نادية برادة" : "Nadia Berrada");
        await using var session = await Session.OpenAsync(language);
        var page = session.Page;
        await session.SignInAsync(worker.Email, worker.Password);
        await session.UseLanguageAsync();
        await session.CheckAsync("home-worker");

        // Register a child with names in both scripts.
        var child = language == "ar" ? ("Idrissi", "الإدريسي", "2015-07-12") : ("Azouzi", "العزوزي", "2016-03-01");
        await session.OpenMenuItemAsync("/Children/Register");
        await Steps.FillChildAsync(page, child);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/Children/Details/**");
        var fileNumber = (await page.Locator("h1 .file-number, .file-number").First.InnerTextAsync()).Trim();
        Assert.That(fileNumber, Does.StartWith("UPE-"), "the new file number is shown");
        Assert.That(await page.Locator("h1").InnerTextAsync(), Does.Contain(language == "ar" ? "سلمى" : "Salma"));
        var childUrl = page.Url;
        await session.CheckAsync("child-file");

        // The same child again: the duplicate is named before anything is saved.
        await session.OpenMenuItemAsync("/Children/Register");
        await Steps.FillChildAsync(page, child);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        var warning = page.Locator(".alert-warning");
        await Assertions.Expect(warning).ToContainTextAsync(session.T("Child.DuplicatesTitle"));
        await Assertions.Expect(warning).ToContainTextAsync(fileNumber);
        await session.CheckAsync("duplicate-warning");

        // A report with two concerns, the primary one chosen, urgent.
        await page.GotoAsync(childUrl);
        await page.Locator("a[href^='/Cases/New/']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var concerns = page.Locator("input[name='Data.Concerns']");
        await concerns.Nth(0).CheckAsync();
        await concerns.Nth(1).CheckAsync();
        await page.Locator("input[name='Data.PrimaryConcern']").Nth(0).CheckAsync();
        await page.Locator("#urgent").CheckAsync();
        await page.Locator("#summary").FillAsync(language == "ar" ? "أفادت المدرسة بغياب متكرر." : "L'école signale des absences répétées.");
        await session.CheckAsync("report-form");
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/Cases/Details/**");
        await Assertions.Expect(page.Locator(".badge.text-bg-danger").First).ToContainTextAsync(session.T("Field.Urgent"));

        // A restricted note of three lines: the line breaks are visible.
        string[] lines = language == "ar" ? ["السطر الأول", "السطر الثاني", "السطر الثالث"] : ["Première ligne", "Deuxième ligne", "Troisième ligne"];
        await page.Locator("#note-text").FillAsync(string.Join("\n", lines));
        await page.Locator("select[name='sensitivity']").SelectOptionAsync("Restricted");
        await page.Locator("form[action$='handler=Note'] button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var note = page.Locator(".narrative", new PageLocatorOptions { HasText = lines[0] });
        await Assertions.Expect(note).ToBeVisibleAsync();
        Assert.That((await note.InnerTextAsync()).Split('\n'), Is.EqualTo(lines), "each line on its own line, as typed");
        var box = await note.BoundingBoxAsync();
        Assert.That(box!.Height, Is.GreaterThan(2.5 * 16), "three lines tall");
        await session.CheckAsync("case-page");
    }
}
