using System.Globalization;
using CaseManagement.Application.Security;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>
/// Journey 4: the social worker records a home visit done from their home page, records a service, writes and submits
/// a plan; the supervisor approves it; the social worker refers the child to a partner with consent and downloads the
/// referral letter, a PDF carrying the child's file number in its text.
/// </summary>
public sealed class CaseWorkJourneyTests
{
    [TestCase("fr")]
    [TestCase("ar")]
    public async Task Visit_service_plan_approval_and_referral_letter(string language)
    {
        var ar = language == "ar";
        var worker = await BrowserApp.CreateUserAsync(Roles.SocialWorker, ar ? "مريم الزهراوي" : "Meryem Zahraoui");
        var supervisor = await BrowserApp.CreateUserAsync(Roles.Supervisor, ar ? "عمر الصقلي" : "Omar Sekkali");

        // The supervisor adds the partner the child will be referred to.
        await using var boss = await Session.OpenAsync(language);
        await boss.SignInAsync(supervisor.Email, supervisor.Password);
        await boss.UseLanguageAsync();
        await boss.OpenMenuItemAsync("/Partners");
        var partner = ar ? "Dispensaire Ouled Ali (fictif)" : "Dispensaire Lalla Mimouna (fictif)";
        await boss.Page.Locator("#p-name").FillAsync(partner);
        await boss.Page.Locator("#p-name-ar").FillAsync("مستوصف");
        await boss.Page.Locator("#p-type").SelectOptionAsync("Health");
        await boss.Page.Locator("#p-services").FillAsync("Consultation");
        await boss.Page.Locator("form:has(#p-name) button.btn-primary").ClickAsync();

        await using var session = await Session.OpenAsync(language);
        var page = session.Page;
        await session.SignInAsync(worker.Email, worker.Password);
        await session.UseLanguageAsync();
        var child = ar ? ("Filali", "الفيلالي", "2013-01-20") : ("Sqalli", "الصقلي", "2012-04-25");
        var (caseUrl, fileNumber) = await Steps.ChildAndReportAsync(session, child, ar ? "إشعار من المدرسة." : "Signalement de l'école.");

        // Retained and opened; a home visit tomorrow.
        await page.Locator("form[action$='handler=Move'] button.btn-primary").First.ClickAsync();
        var tomorrow = DateOnly.FromDateTime(DateTime.Today).AddDays(1);
        await page.Locator("details", new PageLocatorOptions { Has = page.Locator("form[action$='handler=FollowUp']") }).Locator("summary").ClickAsync();
        await page.Locator("#fu-kind").SelectOptionAsync("HomeVisit");
        await page.Locator("#fu-due").FillAsync(tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("form[action$='handler=FollowUp'] button").ClickAsync();

        // From the home page to the visit, recorded done.
        await page.GotoAsync("/");
        var shown = tomorrow.ToString(ar ? "d/M/yyyy" : "dd/MM/yyyy", CultureInfo.InvariantCulture);
        var item = page.Locator("li", new PageLocatorOptions { HasText = shown }).First;
        await Assertions.Expect(item).ToContainTextAsync(ar ? "سلمى" : "Salma");
        await item.Locator("a.file-number").ClickAsync();
        var visit = page.Locator("li", new PageLocatorOptions { HasText = shown, Has = page.Locator("form[action$='handler=FollowUpChange']") }).First;
        await visit.Locator("input[name=outcome]").FillAsync(ar ? "الطفلة في المنزل مع والدتها." : "L'enfant est chez sa mère.");
        await visit.Locator("button[name=change][value=Done]").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(ar ? "الطفلة في المنزل مع والدتها." : "L'enfant est chez sa mère.");

        // A service delivered today.
        await page.Locator("details", new PageLocatorOptions { Has = page.Locator("form[action$='handler=Service']") }).Locator("summary").ClickAsync();
        await page.Locator("#s-date").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("form[action$='handler=Service'] button").ClickAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(session.T("Services.None"));

        // The plan, written and submitted.
        await page.Locator("details", new PageLocatorOptions { Has = page.Locator("form[action$='handler=Plan']") }).Locator("summary").ClickAsync();
        await page.Locator("#objectives").FillAsync(ar ? "العودة المنتظمة إلى المدرسة" : "Retour régulier à l'école");
        await page.Locator("form[action$='handler=Plan'] button.btn-primary, form[action$='handler=Plan'] button:not([type])").First.ClickAsync();
        await page.Locator("form[action$='handler=SubmitPlan'] button").ClickAsync();
        await session.CheckAsync("case-plan-submitted");

        // The supervisor approves it.
        await boss.Page.GotoAsync(caseUrl);
        await boss.Page.Locator("form[action$='handler=DecidePlan'] button[value=true]").ClickAsync();
        await Assertions.Expect(boss.Page.Locator("form[action$='handler=DecidePlan']")).ToHaveCountAsync(0);
        await boss.CheckAsync("case-plan-approved");

        // A referral with the family's consent, and its letter.
        await page.ReloadAsync();
        await page.Locator("details", new PageLocatorOptions { Has = page.Locator("form[action$='handler=Referral']") }).Locator("summary").ClickAsync();
        await page.Locator("#r-partner").SelectOptionAsync(new SelectOptionValue { Label = (ar ? "مستوصف" : partner) + " (" + session.T("Enum.PartnerType.Health") + ")" });
        await page.Locator("#r-service").FillAsync("Consultation");
        await page.Locator("#r-reason").FillAsync(ar ? "فحص طبي" : "Bilan de santé");
        await page.Locator("#r-consent").CheckAsync();
        await page.Locator("#r-by").FillAsync(ar ? "الأم" : "La mère");
        await page.Locator("#r-date").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("form[action$='handler=Referral'] button").ClickAsync();
        var letter = page.Locator($"a[href*='handler=ReferralLetter'][href*='lang={language}']").First;
        var download = await page.RunAndWaitForDownloadAsync(() => letter.ClickAsync());
        var path = Path.Combine(BrowserApp.Artifacts, $"referral-{language}.pdf");
        await download.SaveAsAsync(path);
        using var pdf = PdfDocument.Open(path);
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.GetMarkedContents().Select(m => m.ActualText ?? string.Empty)))
                   + string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.That(text, Does.Contain(fileNumber), "the letter carries the child's file number");
        await session.CheckAsync("case-referred");
    }
}
