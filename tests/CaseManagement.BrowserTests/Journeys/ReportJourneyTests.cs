using System.Globalization;
using CaseManagement.Application.Security;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>
/// Journey 6: a training session is logged; the supervisor prepares a month's report, writes its narratives, validates
/// it and downloads the Arabic PDF; a provincial viewer sees the validated report and not a month left in draft.
/// </summary>
public sealed class ReportJourneyTests
{
    [TestCase("fr", 1)]
    [TestCase("ar", 3)]
    public async Task The_monthly_report_is_prepared_validated_and_read_by_the_province(string language, int monthsAgo)
    {
        var ar = language == "ar";
        var month = new DateOnly(DateTime.Today.Year, DateTime.Today.Month, 1).AddMonths(-monthsAgo);
        var draftMonth = month.AddMonths(-1);
        var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var worker = await BrowserApp.CreateUserAsync(Roles.SocialWorker, ar ? "إيمان العمراني" : "Imane Amrani");
        var supervisor = await BrowserApp.CreateUserAsync(Roles.Supervisor, ar ? "رشيد بناني" : "Rachid Bennani");
        var viewer = await BrowserApp.CreateUserAsync(Roles.ProvincialViewer, ar ? "سعاد المريني" : "Souad Merini");

        // A training session in that month.
        await using (var session = await Session.OpenAsync(language))
        {
            await session.SignInAsync(worker.Email, worker.Password);
            await session.UseLanguageAsync();
            await session.OpenMenuItemAsync("/Activities");
            await session.Page.Locator("a[href='/Activities/Edit']").ClickAsync();
            await session.Page.Locator("#a-date").FillAsync(month.AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await session.Page.Locator("#a-type").SelectOptionAsync("Training");
            await session.Page.Locator("#a-topic").FillAsync(ar ? "تكوين حول الاستماع للطفل" : "Formation à l'écoute de l'enfant");
            await session.Page.Locator("#a-place").FillAsync(ar ? "مقر الوحدة" : "Siège de l'unité");
            await session.Page.Locator("#a-hours").FillAsync("6");
            await session.Page.Locator("input[name='Data.Participants.ProfessionalsFemale']").FillAsync("9");
            await session.Page.Locator("input[name='Data.Participants.ProfessionalsMale']").FillAsync("5");
            await session.CheckAsync("activity-form");
            await session.Page.Locator("form button.btn-primary").Last.ClickAsync();
            await session.Page.WaitForURLAsync(url => !url.Contains("/Activities/Edit", StringComparison.Ordinal));
            await Assertions.Expect(session.Page.Locator("main")).ToContainTextAsync(ar ? "تكوين حول الاستماع للطفل" : "Formation à l'écoute de l'enfant");
        }

        // The supervisor prepares, completes and validates the month; the month before stays a draft.
        await using var boss = await Session.OpenAsync(language);
        var page = boss.Page;
        await boss.SignInAsync(supervisor.Email, supervisor.Password);
        await boss.UseLanguageAsync();
        await page.GotoAsync($"/Reports/Month/{draftMonth:yyyy-MM}");
        await page.Locator("form[action*='handler=Recompute'] button").ClickAsync();
        await page.GotoAsync("/Reports");
        await boss.CheckAsync("reports");
        await page.Locator($"a[href='/Reports/Month/{key}']").ClickAsync();
        await page.Locator("form[action*='handler=Recompute'] button").ClickAsync();
        await Assertions.Expect(page.Locator("form[action*='handler=Narratives']")).ToBeVisibleAsync();
        foreach (var textarea in await page.Locator("form[action*='handler=Narratives'] textarea").AllAsync())
            await textarea.FillAsync((await textarea.GetAttributeAsync("lang")) == "ar" ? "لا شيء يذكر هذا الشهر." : "Rien de particulier ce mois-ci.");
        await page.Locator("form[action*='handler=Narratives'] button").ClickAsync();
        await boss.CheckAsync("report-draft");
        await page.Locator("form[action*='handler=Validate'] button").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(boss.T("Enum.ReportStatus.Validated"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href*='handler=Pdf'][href*='lang=ar']").First.ClickAsync());
        var path = Path.Combine(BrowserApp.Artifacts, $"report-{key}-ar.pdf");
        await download.SaveAsAsync(path);
        using (var pdf = PdfDocument.Open(path))
        {
            Assert.That(pdf.NumberOfPages, Is.GreaterThanOrEqualTo(1));
            var text = string.Concat(pdf.GetPages().SelectMany(p => p.GetMarkedContents().Select(m => m.ActualText ?? string.Empty)));
            Assert.That(text, Does.Contain("التقرير").Or.Contain("تقرير"), "the Arabic report reads in Arabic");
        }

        await boss.CheckAsync("report-validated");

        // The province sees the validated month, not the draft.
        await using var province = await Session.OpenAsync(language);
        await province.SignInAsync(viewer.Email, viewer.Password);
        await province.UseLanguageAsync();
        await province.Page.GotoAsync("/Reports");
        var rows = province.Page.Locator("tbody tr");
        await Assertions.Expect(province.Page.Locator($"a[href^='/Reports/Month/{key}']").First).ToBeVisibleAsync();
        Assert.That(await province.Page.Locator($"a[href^='/Reports/Month/{draftMonth:yyyy-MM}']").CountAsync(), Is.Zero, "a draft is not shown to the province");
        Assert.That(await rows.CountAsync(), Is.GreaterThan(0));
        await province.CheckAsync("reports-province");
    }
}
