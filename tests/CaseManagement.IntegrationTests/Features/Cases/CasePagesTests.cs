using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Cases;

public sealed class CasePagesTests : IntegrationTest
{
    [Test]
    public async Task A_social_worker_records_a_report_from_the_childs_file_and_lands_on_the_case_page()
    {
        var world = await CaseWorld.CreateAsync();
        using var pages = await TestApp.PageClientAsync(world.Worker);

        var response = await Forms.PostAsync(pages, $"/Cases/New/{world.ChildId}", new Dictionary<string, string>
        {
            ["ReceivedAtLocal"] = "2026-11-29T09:15",
            ["Data.Channel"] = "Phone",
            ["Data.Source"] = "LocalAuthority",
            ["Data.PlaceOfOccurrence"] = "Street",
            ["Data.Concerns"] = "RUE",
            ["Data.PrimaryConcern"] = "RUE",
            ["Data.RiskLevel"] = "High",
            ["Data.Urgent"] = "true",
            ["Data.Summary"] = "Enfant vu seul la nuit près du souk (cas inventé).",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync(response.Headers.Location!.ToString()));
        Assert.That(page, Does.Contain("UPE-SK-2026-0001/1").And.Contain("Situation de rue").And.Contain("Retenir et ouvrir"));
        var stored = await TestApp.WithDbAsync(db => db.Cases.SingleAsync());
        Assert.That(stored.Intake.ReceivedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 29, 8, 15, 0, TimeSpan.Zero)), "09:15 in Casablanca is 08:15 UTC");
    }

    [Test]
    public async Task A_refused_action_shows_its_message_on_the_case_page()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.InCare);
        using var pages = await TestApp.PageClientAsync(world.Worker);

        var response = await Forms.PostAsync(pages, $"/Cases/Details/{id}", new Dictionary<string, string> { ["reason"] = "LostContact", ["summary"] = "" }, "RequestClosure");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("Synthèse").Or.Contain("Résumé"));
        Assert.That(await TestApp.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Closure).SingleAsync()), Is.Null);
    }

    [Test]
    public async Task The_case_page_walks_the_pathway_through_its_forms()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Received);
        using var worker = await TestApp.PageClientAsync(world.Worker);
        var url = $"/Cases/Details/{id}";

        Assert.That((await Forms.PostAsync(worker, url, new Dictionary<string, string> { ["to"] = "Open" }, "Move")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await Forms.PostAsync(worker, url, new Dictionary<string, string>
        {
            ["assessment.Findings[0].Domain"] = "Safety", ["assessment.Findings[0].ConcernLevel"] = "High", ["assessment.Findings[0].Finding"] = "Père violent",
            ["assessment.OverallRisk"] = "High", ["assessment.Narrative"] = "Évaluation (inventée)",
        }, "Assessment")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await Forms.PostAsync(worker, url, new Dictionary<string, string>
        {
            ["objectives"] = "Mettre l'enfant en sécurité\nRescolariser", ["actions[0].What"] = "Visite", ["actions[0].Status"] = "Planned",
        }, "Plan")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await Forms.PostAsync(worker, url, new Dictionary<string, string>(), "SubmitPlan")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await Forms.PostAsync(worker, url, new Dictionary<string, string> { ["text"] = "Récit (inventé)", ["sensitivity"] = "ChildAccount" }, "Note")).StatusCode,
            Is.EqualTo(HttpStatusCode.Redirect));

        using var supervisor = await TestApp.PageClientAsync(world.Supervisor);
        var home = WebUtility.HtmlDecode(await supervisor.GetStringAsync("/"));
        Assert.That(home, Does.Contain("Plan à valider").And.Contain("UPE-SK-2026-0001/1"));
        Assert.That((await Forms.PostAsync(supervisor, url, new Dictionary<string, string> { ["approved"] = "true", ["comment"] = "OK" }, "DecidePlan")).StatusCode,
            Is.EqualTo(HttpStatusCode.Redirect));

        var page = WebUtility.HtmlDecode(await supervisor.GetStringAsync(url));
        Assert.That(page, Does.Contain("Plan établi").And.Contain("Récit (inventé)").And.Contain("Père violent").And.Contain("Historique du dossier"));
        var status = await TestApp.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());
        Assert.That(status, Is.EqualTo(CaseStatus.PlanEstablished));
    }

    [Test]
    public async Task The_social_worker_home_lists_their_cases_and_overdue_follow_ups()
    {
        var world = await CaseWorld.CreateAsync();
        await world.CaseInAsync(CaseStatus.Open);
        TestApp.Clock.Advance(TimeSpan.FromDays(20)); // the evaluation (15 days) is now late
        using var pages = await TestApp.PageClientAsync(world.Worker);

        var home = WebUtility.HtmlDecode(await pages.GetStringAsync("/"));

        Assert.That(home, Does.Contain("Mes dossiers").And.Contain("UPE-SK-2026-0001/1"));
        var overdueSection = Regex.Match(home, "En retard \\(1\\)");
        Assert.That(overdueSection.Success, Is.True, "one overdue follow-up");
    }

    [Test]
    public async Task Attachments_upload_and_download_through_the_case_page()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var pages = await TestApp.PageClientAsync(world.Worker);
        var html = await pages.GetStringAsync($"/Cases/Details/{id}");
        var token = Regex.Matches(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")[0].Groups[1].Value;

        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        form.Add(new ByteArrayContent("%PDF-1.7\n%%EOF"u8.ToArray()), "file", "rapport.pdf");
        var upload = await pages.PostAsync($"/Cases/Details/{id}?handler=Attachment", form);
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var attachmentId = await TestApp.WithDbAsync(db => db.CaseAttachments.Select(a => a.Id).SingleAsync());
        var download = await pages.GetAsync($"/Cases/Details/{id}?handler=Download&attachmentId={attachmentId}");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
    }

    [Test]
    public async Task Case_pages_are_refused_to_administrators()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var admin = new TestUser(TestApp.AdminId, TestApp.AdminEmail, TestApp.AdminPassword, TestApp.FirstUnitId, Roles.Administrator, "Administrateur");
        using var pages = await TestApp.PageClientAsync(admin);

        var response = await pages.GetAsync($"/Cases/Details/{id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("AccessDenied"));
    }
}
