using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Documents.Tests;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Reports;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Features.Reports;

/// <summary>The October 2026 report of <see cref="ReportDataset"/>: prepared by the job, written, validated, sent, corrected, read outside the unit.</summary>
public sealed class ReportWorkflowTests : IntegrationTest
{
    private const string October = "2026-10";

    private static async Task<(ReportDataset Data, HttpClient Supervisor)> ValidatedAsync()
    {
        var data = await ReportDataset.BuildAsync();
        var supervisor = await TestApp.ApiClientAsync(data.Supervisor);
        (await supervisor.PostAsync($"/api/v1/reports/monthly/{October}/draft", null)).EnsureSuccessStatusCode();
        (await supervisor.PutAsJsonAsync($"/api/v1/reports/monthly/{October}/narrative", new
        {
            notableFactsFr = "Deux enfants en situation de rue mis à l'abri (texte inventé).",
            notableFactsAr = "إيواء طفلين في وضعية الشارع (نص متخيل).",
        })).EnsureSuccessStatusCode();
        var validated = await supervisor.PostAsync($"/api/v1/reports/monthly/{October}/validation", null);
        Assert.That(validated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await validated.Content.ReadAsStringAsync());
        return (data, supervisor);
    }

    private static Task<int> ExportsAsync() =>
        TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Export && a.SubjectType == nameof(MonthlyReport)));

    [Test]
    public async Task The_job_prepares_one_draft_per_unit_and_month_from_the_first_at_six_even_when_run_twice_or_at_once()
    {
        var second = await TestApp.CreateUnitAsync("KN");
        ReportDataset.At(2026, 11, 1, 5, 30);
        await TestApp.SendAsync(new PrepareMonthlyReports.Command(), null);
        var before = await TestApp.WithDbAsync(db => db.MonthlyReports.CountAsync(r => r.Year == 2026 && r.Month == 10));

        ReportDataset.At(2026, 11, 1, 6, 5);
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TestApp.SendAsync(new PrepareMonthlyReports.Command(), null)));
        var again = await TestApp.SendAsync(new PrepareMonthlyReports.Command(), null);

        Assert.That(before, Is.Zero, "not before 06:00 on the 1st");
        var october = await TestApp.WithDbAsync(db => db.MonthlyReports.Where(r => r.Year == 2026 && r.Month == 10).Select(r => new { r.UnitId, r.Edition, r.Status, r.CreatedBy }).ToListAsync());
        Assert.That(october.Select(r => r.UnitId), Is.EquivalentTo(new[] { TestApp.FirstUnitId, second }));
        Assert.That(october.All(r => r.Edition == 1 && r.Status == ReportStatus.Draft && r.CreatedBy == null), Is.True);
        Assert.That(runs.Sum(r => r.Created), Is.EqualTo(2), "four runs at once create each draft once");
        Assert.That(again.Created, Is.Zero);
    }

    [Test]
    public async Task A_validated_report_is_frozen_its_pdf_bytes_and_hash_do_not_move_when_the_data_changes()
    {
        var (data, supervisor) = await ValidatedAsync();
        var report = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/reports/monthly/{October}", TestApp.Json);
        var hash = report.GetProperty("hash").GetString()!;
        var first = await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/pdf?lang=fr");

        // The data changes after validation: a new urgent report received in October.
        ReportDataset.At(2026, 11, 1, 6, 30);
        await TestApp.SendAsync(new CaseManagement.Application.Features.Cases.ReportCase.Command
        {
            ChildId = data.Children["ch1"], ReceivedAt = ReportDataset.Local(2026, 10, 30), Channel = Domain.Cases.IntakeChannel.Phone,
            Source = Domain.Cases.ReferralSource.School, Concerns = ["NEG"], PrimaryConcern = "NEG", Urgent = true, Summary = "Signalement tardif (inventé).",
        }, data.Worker);
        var second = await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/pdf?lang=fr");
        var after = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/reports/monthly/{October}", TestApp.Json);
        var recompute = await supervisor.PostAsync($"/api/v1/reports/monthly/{October}/draft", null);
        var narrative = await supervisor.PutAsJsonAsync($"/api/v1/reports/monthly/{October}/narrative", new { notableFactsFr = "Autre texte" });

        Assert.That(second, Is.EqualTo(first), "byte-identical on every download");
        Assert.That(after.GetProperty("hash").GetString(), Is.EqualTo(hash));
        Assert.That(after.GetProperty("indicators").GetProperty("A1").GetProperty("month").GetProperty("n").GetInt64(), Is.EqualTo(6), "the frozen figure, not today's 7");
        Assert.That(recompute.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(narrative.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var text = string.Join("\n", PdfText.Chunks(first).Select(c => c.Visual));
        Assert.That(text, Does.Contain(hash[..8]), "the PDF prints the hash");
        Assert.That(text, Does.Contain("Validé le 01/11/2026"));
        Assert.That(text, Does.Contain(data.Supervisor.DisplayName));
        var snapshot = await TestApp.WithDbAsync(db => db.MonthlyReports.Where(r => r.Year == 2026 && r.Month == 10).Select(r => r.Snapshot).SingleAsync());
        Assert.That(Application.Reports.CanonicalJson.Sha256(snapshot!), Is.EqualTo(hash), "the hash is the snapshot's SHA-256");
        var texts = TestApp.Factory.Services.GetRequiredService<Application.Documents.IDocumentTexts>();
        var rendered = Application.Documents.MonthlyReportDocument.Compose(Application.Reports.CanonicalJson.Deserialize<Application.Reports.ReportSnapshot>(snapshot!), texts.For("fr")).GeneratePdf();
        Assert.That(rendered, Is.EqualTo(first), "the PDF is the snapshot rendered, and rendering it again gives the same bytes");
        Assert.That(await ExportsAsync(), Is.EqualTo(2), "each download is an audited export");
    }

    [Test]
    public async Task A_correction_supersedes_the_validated_edition_which_stays_readable()
    {
        var (_, supervisor) = await ValidatedAsync();
        var sent = await supervisor.PostAsJsonAsync($"/api/v1/reports/monthly/{October}/sent", new { sentOn = "2026-11-01", addressees = "Gouverneur, Entraide Nationale" });
        var firstPdf = await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/pdf?lang=ar");

        var noReason = await supervisor.PostAsJsonAsync($"/api/v1/reports/monthly/{October}/supersession", new { reason = "" });
        var correction = await supervisor.PostAsJsonAsync($"/api/v1/reports/monthly/{October}/supersession", new { reason = "Un signalement saisi en retard" });
        var twice = await supervisor.PostAsJsonAsync($"/api/v1/reports/monthly/{October}/supersession", new { reason = "Encore" });
        var draft = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/reports/monthly/{October}", TestApp.Json);
        (await supervisor.PostAsync($"/api/v1/reports/monthly/{October}/validation", null)).EnsureSuccessStatusCode();

        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(correction.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(twice.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "one correction at a time");
        Assert.That((draft.GetProperty("edition").GetInt32(), draft.GetProperty("status").GetString()), Is.EqualTo((2, "Draft")));
        var editions = await TestApp.WithDbAsync(db => db.MonthlyReports.Where(r => r.Year == 2026 && r.Month == 10).OrderBy(r => r.Edition)
            .Select(r => new { r.Edition, r.Status, r.SupersededById, r.Id, r.SentOn, r.CorrectionReason }).ToListAsync());
        Assert.That(editions.Select(e => (e.Edition, e.Status)), Is.EqualTo(new[] { (1, ReportStatus.Superseded), (2, ReportStatus.Validated) }));
        Assert.That(editions[0].SupersededById, Is.EqualTo(editions[1].Id));
        Assert.That(editions[0].SentOn, Is.EqualTo(new DateOnly(2026, 11, 1)));
        Assert.That(editions[1].CorrectionReason, Is.EqualTo("Un signalement saisi en retard"));
        Assert.That(await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/pdf?lang=ar&edition=1"), Is.EqualTo(firstPdf), "the superseded edition is kept");
        var corrected = string.Join("\n", PdfText.Chunks(await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/pdf?lang=fr")).Select(c => c.Visual));
        Assert.That(corrected, Does.Contain("corrige l'édition 1").And.Contain("Un signalement saisi en retard"));
    }

    [Test]
    public async Task Bad_months_and_wrong_states_get_clear_refusals()
    {
        var supervisor = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.Supervisor));

        var badMonth = await supervisor.PostAsync("/api/v1/reports/monthly/2026-13/draft", null);
        var notOver = await supervisor.PostAsync("/api/v1/reports/monthly/2026-11/draft", null);
        var none = await supervisor.GetAsync($"/api/v1/reports/monthly/{October}");
        var validateNothing = await supervisor.PostAsync($"/api/v1/reports/monthly/{October}/validation", null);
        (await supervisor.PostAsync($"/api/v1/reports/monthly/{October}/draft", null)).EnsureSuccessStatusCode();
        var draftPdf = await supervisor.GetAsync($"/api/v1/reports/monthly/{October}/pdf?lang=fr");
        var draftSent = await supervisor.PostAsJsonAsync($"/api/v1/reports/monthly/{October}/sent", new { sentOn = "2026-11-01", addressees = "Gouverneur" });
        var draftSuperseded = await supervisor.PostAsJsonAsync($"/api/v1/reports/monthly/{October}/supersession", new { reason = "x" });
        var tooLong = await supervisor.PutAsJsonAsync($"/api/v1/reports/monthly/{October}/narrative", new { difficultiesFr = new string('x', 4001) });

        Assert.That(badMonth.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await badMonth.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("month")[0].GetString(), Does.Contain("AAAA-MM"));
        Assert.That(notOver.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(validateNothing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(draftPdf.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a draft has no PDF");
        Assert.That(draftSent.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(draftSuperseded.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Nothing_that_leaves_the_unit_names_a_child_or_gives_a_file_number_and_small_counts_are_withheld()
    {
        var (data, supervisor) = await ValidatedAsync();
        var children = await TestApp.WithDbAsync(db => db.Children.Select(c => new { c.GivenName, c.FileNumber }).ToListAsync());
        var files = new Dictionary<string, string>
        {
            ["pdf-fr"] = string.Join("\n", PdfText.Chunks(await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/pdf?lang=fr")).Select(c => c.Visual)),
            ["pdf-ar"] = string.Join("\n", PdfText.Chunks(await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/pdf?lang=ar")).Select(c => c.Visual)),
            ["csv"] = System.Text.Encoding.UTF8.GetString(await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/export.csv?lang=fr")),
            ["xlsx"] = WebUtility.HtmlDecode(XlsxText(await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/export.xlsx?lang=ar"))),
        };

        foreach (var (name, text) in files)
        {
            foreach (var child in children)
            {
                Assert.That(text, Does.Not.Contain(child.GivenName!), $"{name} names {child.GivenName}");
                Assert.That(text, Does.Not.Contain(child.FileNumber), $"{name} gives {child.FileNumber}");
            }

            if (!name.StartsWith("pdf", StringComparison.Ordinal))
                Assert.That(text, Does.Contain("<5"), $"{name} withholds small counts");
        }

        foreach (var lang in new[] { "fr", "ar" })
        {
            var chunks = PdfText.Chunks(await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/pdf?lang={lang}"));
            Assert.That(chunks.Any(c => c.Has("<5")), Is.True, $"the {lang} PDF withholds small counts");
        }

        // A1 = 6 in October is shown; A3 = 5 is shown; A2 = 1 is withheld.
        var csv = files["csv"].Split("\r\n");
        Assert.That(csv[0], Is.EqualTo("\uFEFFCode,Libellé,Ligne,Colonne,Valeur"), "UTF-8 with a byte-order mark (Excel reads Arabic), headers in the requested language");
        Assert.That(csv, Does.Contain("A1,Signalements reçus,,Mois,6"));
        Assert.That(csv, Does.Contain("A2,Signalements non retenus,,Mois,<5"));
        Assert.That(files["xlsx"], Does.Contain("المؤشرات"), "Arabic sheet names for an Arabic export");
        Assert.That(data.Children, Is.Not.Empty);
    }

    [Test]
    public async Task The_arabic_pdf_reads_back_with_its_arabic_labels_in_logical_order()
    {
        var (_, supervisor) = await ValidatedAsync();
        var chunks = PdfText.Chunks(await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/pdf?lang=ar"));

        foreach (var label in new[] { "التقرير الشهري لحماية الطفولة", "الأرقام الرئيسية", "الأطفال الجدد المتكفل بهم", "ملحق: تعريفات المؤشرات", "إيواء طفلين في وضعية الشارع" })
            Assert.That(chunks.Any(c => c.Has(label)), Is.True, label);
        Assert.That(chunks.Any(c => c.Has("Rapport mensuel")), Is.False, "no French in the Arabic edition's labels");
    }

    [Test]
    public async Task A_provincial_viewer_reads_and_downloads_the_provinces_validated_reports_and_nothing_else()
    {
        var (data, supervisor) = await ValidatedAsync();
        var viewer = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.ProvincialViewer));
        var stranger = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.ProvincialViewer, provinceId: await TestApp.CreateProvinceAsync("999")));
        var caseId = data.Cases["K1"];
        var unit = TestApp.FirstUnitId;

        var list = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/reports/monthly?year=2026", TestApp.Json);
        var report = await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/reports/monthly/{October}?unit={unit}", TestApp.Json);
        var pdf = await viewer.GetAsync($"/api/v1/reports/monthly/{October}/pdf?lang=ar&unit={unit}");

        Assert.That(list.EnumerateArray().Select(r => (r.GetProperty("month").GetInt32(), r.GetProperty("status").GetString())), Is.EqualTo(new[] { (10, "Validated") }));
        Assert.That(report.GetProperty("internal").GetBoolean(), Is.False);
        Assert.That(report.GetProperty("indicators").GetProperty("A2").GetProperty("month").GetProperty("suppressed").GetBoolean(), Is.True);
        Assert.That(report.GetProperty("indicators").GetProperty("A1").GetProperty("month").GetProperty("n").GetInt64(), Is.EqualTo(6));
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await pdf.Content.ReadAsByteArrayAsync(), Is.EqualTo(await supervisor.GetByteArrayAsync($"/api/v1/reports/monthly/{October}/pdf?lang=ar")));

        foreach (var url in new[] { $"/api/v1/cases/{caseId}", $"/api/v1/children/{data.Children["ch1"]}", "/api/v1/children?q=Salma", "/api/v1/audit", "/api/v1/activities" })
            Assert.That((await viewer.GetAsync(url)).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound), url);
        Assert.That((await viewer.PostAsync($"/api/v1/reports/monthly/{October}/draft", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await viewer.GetAsync($"/api/v1/reports/monthly/{October}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a viewer names the unit");
        Assert.That((await stranger.GetAsync($"/api/v1/reports/monthly/{October}?unit={unit}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another province");
        Assert.That((await stranger.GetFromJsonAsync<JsonElement>("/api/v1/reports/monthly?year=2026", TestApp.Json)).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_provincial_viewer_never_sees_a_draft()
    {
        var supervisor = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.Supervisor));
        (await supervisor.PostAsync($"/api/v1/reports/monthly/{October}/draft", null)).EnsureSuccessStatusCode();
        var viewer = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.ProvincialViewer));

        Assert.That((await viewer.GetAsync($"/api/v1/reports/monthly/{October}?unit={TestApp.FirstUnitId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await viewer.GetFromJsonAsync<JsonElement>("/api/v1/reports/monthly?year=2026")).GetArrayLength(), Is.Zero);
        Assert.That((await viewer.GetAsync($"/api/v1/reports/monthly/{October}/export.csv?unit={TestApp.FirstUnitId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_partner_viewer_gets_the_french_kafala_abroad_and_migration_figures_of_the_province_only()
    {
        var (data, _) = await ValidatedAsync();
        var partner = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.PartnerViewer));

        var edition = await partner.GetFromJsonAsync<JsonElement>($"/api/v1/reports/partner/{October}", TestApp.Json);
        var pdf = await partner.GetAsync($"/api/v1/reports/partner/{October}/pdf");

        var codes = edition.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.That(codes, Is.EqualTo(new[] { "B3.4", "G3.1", "G4.1", "G5", "G5.1", "G6.1", "H4", "H4.1" }));
        var h41 = edition.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "H4.1").GetProperty("month");
        Assert.That(h41.GetProperty("n").GetInt64(), Is.EqualTo(10));
        var g5 = edition.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "G5").GetProperty("month");
        Assert.That(g5.GetProperty("suppressed").GetBoolean(), Is.True, "1 authorisation: withheld");
        Assert.That(edition.GetProperty("unitsReporting").GetInt32(), Is.EqualTo(1));
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var text = string.Join("\n", PdfText.Chunks(await pdf.Content.ReadAsByteArrayAsync()).Select(c => c.Visual));
        Assert.That(text, Does.Contain("Édition partenaires").And.Not.Contain("Signalements reçus"));

        foreach (var url in new[] { $"/api/v1/reports/monthly/{October}?unit={TestApp.FirstUnitId}", "/api/v1/reports/monthly?year=2026",
                     $"/api/v1/reports/monthly/{October}/pdf?lang=fr&unit={TestApp.FirstUnitId}", $"/api/v1/cases/{data.Cases["K1"]}", "/api/v1/audit" })
            Assert.That((await partner.GetAsync(url)).StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound), url);
    }

    [Test]
    public async Task The_report_pages_let_the_supervisor_write_and_validate_and_the_viewer_download()
    {
        var data = await ReportDataset.BuildAsync();
        using var pages = await TestApp.PageClientAsync(data.Supervisor);
        var url = $"/Reports/Month/{October}";

        var empty = WebUtility.HtmlDecode(await pages.GetStringAsync(url));
        Assert.That(empty, Does.Contain("Préparer le brouillon maintenant"));
        Assert.That((await Forms.PostAsync(pages, url, new Dictionary<string, string>(), "Recompute")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var draft = WebUtility.HtmlDecode(await pages.GetStringAsync(url));
        Assert.That(draft, Does.Contain("INTERNE").And.Contain("Signalements reçus").And.Contain("Valider le rapport"));
        Assert.That((await Forms.PostAsync(pages, url, new Dictionary<string, string> { ["Data.DifficultiesFr"] = "Manque de places en EPS (inventé)." }, "Narratives")).StatusCode,
            Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await Forms.PostAsync(pages, url, new Dictionary<string, string>(), "Validate")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var validated = WebUtility.HtmlDecode(await pages.GetStringAsync(url));
        Assert.That(validated, Does.Contain("Manque de places en EPS").And.Contain("PDF — العربية").And.Not.Contain("Valider le rapport"));
        Assert.That(WebUtility.HtmlDecode(await pages.GetStringAsync("/Reports?Year=2026")), Does.Contain("Validé"));

        using var viewer = await TestApp.PageClientAsync(await TestApp.CreateUserAsync(Roles.ProvincialViewer));
        var list = WebUtility.HtmlDecode(await viewer.GetStringAsync("/Reports?Year=2026"));
        Assert.That(list, Does.Contain("UPE").And.Contain("octobre 2026"));
        var download = await viewer.GetAsync($"{url}?handler=Pdf&lang=fr&Unit={TestApp.FirstUnitId}&Edition=1");
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        var page = WebUtility.HtmlDecode(await viewer.GetStringAsync($"{url}?Unit={TestApp.FirstUnitId}&Edition=1"));
        Assert.That(page, Does.Not.Contain("INTERNE").And.Contain("&lt;5").Or.Contain("<5"));
        Assert.That((await viewer.GetAsync("/Children")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.Forbidden));
    }

    private static string XlsxText(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
