using CaseManagement.Application.Security;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Journeys;

/// <summary>
/// A supervisor's own plan: nobody approves their own submission, so an administrator names a supervisor of another unit
/// as the unit's second approver; the supervisor's home page says their plan waits for someone else; the approver finds
/// it on their home page, reads the decision page (and nothing else of the case) and approves it.
/// </summary>
public sealed class SecondApproverJourneyTests
{
    [TestCase("fr")]
    [TestCase("ar")]
    public async Task A_supervisors_own_plan_is_approved_by_the_second_approver_of_another_unit(string language)
    {
        var ar = language == "ar";
        var otherUnit = await BrowserApp.CreateUnitAsync($"AP{language.ToUpperInvariant()}", "UPE Mechra Bel Ksiri (fictive)", "وحدة مشرع بلقصيري");
        var approver = await BrowserApp.CreateUserAsync(Roles.Supervisor, ar ? "حسن العلوي" : "Hassan Alaoui", otherUnit);
        var supervisor = await BrowserApp.CreateUserAsync(Roles.Supervisor, ar ? "نادية بنعلي" : "Nadia Benali");

        // The administrator names the approver on the unit's page.
        await using (var admin = await Session.OpenAsync(language))
        {
            await admin.SignInAsync(BrowserApp.AdminEmail, BrowserApp.AdminPassword);
            await admin.UseLanguageAsync();
            await admin.Page.GotoAsync($"/Admin/Units/Edit/{BrowserApp.UnitId}");
            await admin.Page.GetByLabel(admin.T("Field.SecondApproverId")).SelectOptionAsync(new SelectOptionValue { Label = $"AP{language.ToUpperInvariant()} — {approver.Name}" });
            await admin.Page.Locator("form[action$='handler=Approver'] button").ClickAsync();
            await Assertions.Expect(admin.Page.Locator(".alert-success")).ToContainTextAsync(admin.T("Common.Saved"));
            await Assertions.Expect(admin.Page.GetByLabel(admin.T("Field.SecondApproverId")).Locator("option:checked")).ToHaveTextAsync($"AP{language.ToUpperInvariant()} — {approver.Name}");
            await admin.CheckAsync("admin-unit-approver");
        }

        // The supervisor reports, opens and plans a case themselves, and submits the plan.
        await using var own = await Session.OpenAsync(language);
        var page = own.Page;
        await own.SignInAsync(supervisor.Email, supervisor.Password);
        await own.UseLanguageAsync();
        var (caseUrl, _) = await Steps.ChildAndReportAsync(own, ar ? ("Idrissi", "الإدريسي", "2014-06-02") : ("Berrada", "برادة", "2015-03-14"),
            ar ? "إشعار من الجيران." : "Signalement des voisins.");
        await page.Locator("form[action$='handler=Move'] button.btn-primary").First.ClickAsync();
        await page.Locator("details", new PageLocatorOptions { Has = page.Locator("form[action$='handler=Plan']") }).Locator("summary").ClickAsync();
        var objective = ar ? "متابعة صحية شهرية" : "Suivi de santé mensuel";
        await page.Locator("#objectives").FillAsync(objective);
        await page.Locator("form[action$='handler=Plan'] button.btn-primary").First.ClickAsync();
        await page.Locator("form[action$='handler=SubmitPlan'] button").ClickAsync();
        await Assertions.Expect(page.Locator("form[action$='handler=DecidePlan']")).ToHaveCountAsync(0);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(own.T("Home.OwnWaiting").Split("{0}")[1].Trim());
        var caseId = caseUrl.Split('/').Last();

        // The approver, from their home page to the decision.
        await using var session = await Session.OpenAsync(language);
        await session.SignInAsync(approver.Email, approver.Password);
        await session.UseLanguageAsync();
        var waiting = session.Page.Locator("li", new PageLocatorOptions { Has = session.Page.Locator($"a[href='/Cases/Decision/{caseId}']") });
        await Assertions.Expect(waiting).ToContainTextAsync(session.T("Home.Waiting.SecondApprover"));
        await Assertions.Expect(waiting).ToContainTextAsync(supervisor.Name);
        await session.CheckAsync("home-second-approver");
        await waiting.Locator("a.file-number").ClickAsync();
        await Assertions.Expect(session.Page.Locator("main")).ToContainTextAsync(objective);
        await Assertions.Expect(session.Page.Locator("main")).Not.ToContainTextAsync(ar ? "الإدريسي" : "Berrada");
        await session.CheckAsync("decision");
        await session.Page.Locator("form[action$='handler=Plan'] button[value=true]").ClickAsync();
        await Assertions.Expect(session.Page.Locator(".alert-success")).ToContainTextAsync(session.T("Cases.Decided"));
        await Assertions.Expect(session.Page.Locator($"a[href='/Cases/Decision/{caseId}']")).ToHaveCountAsync(0);

        // The supervisor sees the plan approved on the case page.
        await page.GotoAsync(caseUrl);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(own.T("Enum.ApprovalState.Approved"));
    }
}
