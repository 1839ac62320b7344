using System.Globalization;
using CaseManagement.Application.Security;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>
/// Journey 3: a report nobody is assigned to appears in the supervisor's unassigned queue; the supervisor assigns it
/// to a social worker and schedules a home visit, which the social worker then finds on their home page.
/// </summary>
public sealed class SupervisorJourneyTests
{
    [TestCase("fr")]
    [TestCase("ar")]
    public async Task The_supervisor_assigns_an_unassigned_report_and_schedules_a_home_visit(string language)
    {
        var ar = language == "ar";
        var supervisor = await BrowserApp.CreateUserAsync(Roles.Supervisor, ar ? "كريم التازي" : "Karim Tazi");
        var worker = await BrowserApp.CreateUserAsync(Roles.SocialWorker, ar ? "هند الفاسي" : "Hind Fassi");
        await using var session = await Session.OpenAsync(language);
        var page = session.Page;
        await session.SignInAsync(supervisor.Email, supervisor.Password);
        await session.UseLanguageAsync();

        // A report the supervisor records is nobody's yet.
        var child = ar ? ("Bennis", "بنيس", "2014-02-03") : ("Kettani", "الكتاني", "2013-05-06");
        var (caseUrl, fileNumber) = await Steps.ChildAndReportAsync(session, child, ar ? "جار يبلغ عن طفل وحيد." : "Un voisin signale un enfant seul.");
        var caseNumber = (await page.Locator("h1 .file-number").InnerTextAsync()).Trim();

        await page.GotoAsync("/");
        var queue = page.Locator("table", new PageLocatorOptions { Has = page.Locator($"a:text-is('{caseNumber}')") });
        await Assertions.Expect(queue).ToBeVisibleAsync();
        await session.CheckAsync("home-supervisor");

        // Assign it to the social worker.
        await page.Locator($"a:text-is('{caseNumber}')").First.ClickAsync();
        await page.WaitForURLAsync(caseUrl);
        await page.Locator("select[name=socialWorkerId]").SelectOptionAsync(new SelectOptionValue { Label = worker.Name });
        await page.Locator("form[action$='handler=Assign'] button").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(worker.Name);

        // Schedule a home visit in a week.
        var due = DateOnly.FromDateTime(DateTime.Today).AddDays(7);
        await page.Locator("details", new PageLocatorOptions { Has = page.Locator("form[action$='handler=FollowUp']") }).Locator("summary").ClickAsync();
        await page.Locator("#fu-kind").SelectOptionAsync("HomeVisit");
        await page.Locator("#fu-due").FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("form[action$='handler=FollowUp'] button").ClickAsync();
        var shown = due.ToString(ar ? "d/M/yyyy" : "dd/MM/yyyy", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(shown);
        await session.CheckAsync("case-assigned");

        // The social worker finds the visit on their home page, with the case it belongs to.
        await using var workerSession = await Session.OpenAsync(language);
        await workerSession.SignInAsync(worker.Email, worker.Password);
        await workerSession.UseLanguageAsync();
        var visit = workerSession.Page.Locator("li", new PageLocatorOptions { HasText = shown });
        await Assertions.Expect(visit.First).ToContainTextAsync(caseNumber);
        await workerSession.CheckAsync("home-worker-visit");
        _ = fileNumber;
    }
}
