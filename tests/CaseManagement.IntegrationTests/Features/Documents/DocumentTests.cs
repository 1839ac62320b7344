using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Security;
using CaseManagement.Documents.Tests;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Documents;

public sealed class DocumentTests : IntegrationTest
{
    private static async Task<List<PdfChunk>> PdfAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Does.EndWith(".pdf"));
        return PdfText.Chunks(await response.Content.ReadAsByteArrayAsync());
    }

    private static bool Has(List<PdfChunk> chunks, string text) => chunks.Any(c => c.Has(text));

    /// <summary>Exports of a document: of a case (filed under the case, <paramref name="id"/> the case), or one with its own id (a letter, a report).</summary>
    private static Task<int> ExportsAsync(string document, Guid id) =>
        TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Export
                                                                    && ((a.Detail == document && a.SubjectId == id) || a.Detail == document + ":" + id)));

    [Test]
    public async Task The_case_summary_comes_in_french_and_arabic_and_every_generation_is_an_audited_export()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.InCare);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        var number = (await worker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}")).GetProperty("number").GetString()!;

        var french = await PdfAsync(await worker.GetAsync($"/api/v1/cases/{id}/documents/summary?lang=fr"));
        var arabic = await PdfAsync(await worker.GetAsync($"/api/v1/cases/{id}/documents/summary?lang=ar"));

        Assert.That(Has(french, "Fiche de synthèse") && Has(french, number) && Has(french, "Retour régulier à l'école") && Has(french, "Prise en charge"));
        Assert.That(Has(arabic, "بطاقة تركيبية") && Has(arabic, number) && Has(arabic, "قيد التكفل"));
        Assert.That(Has(arabic, "Fiche de synthèse"), Is.False);
        Assert.That(await ExportsAsync("CaseSummary", id), Is.EqualTo(2));
    }

    [Test]
    public async Task Restricted_notes_are_left_out_of_the_summary_unless_asked_for_by_someone_who_may_read_them()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        await worker.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = "Récit de l'enfant (inventé)", sensitivity = "ChildAccount" });
        await worker.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = "Appel à l'école", sensitivity = "Normal" });
        var stranger = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.SocialWorker));

        var shared = await PdfAsync(await worker.GetAsync($"/api/v1/cases/{id}/documents/summary?lang=fr"));
        var full = await PdfAsync(await worker.GetAsync($"/api/v1/cases/{id}/documents/summary?lang=fr&restricted=true"));
        var refused = await stranger.GetAsync($"/api/v1/cases/{id}/documents/summary?lang=fr&restricted=true");

        Assert.That(Has(shared, "Appel à l'école"), Is.True);
        Assert.That(Has(shared, "Récit de l'enfant"), Is.False);
        Assert.That(Has(full, "Récit de l'enfant (inventé)"), Is.True);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var restrictedReads = await TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Read && a.SubjectType == nameof(CaseNote)));
        Assert.That(restrictedReads, Is.EqualTo(1), "only the generation that printed the restricted note reads it");
        var denied = await TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.AccessDenied && a.SubjectId == id));
        Assert.That(denied, Is.EqualTo(1));
        Assert.That(await ExportsAsync("CaseSummary", id), Is.EqualTo(2), "a refused generation is not an export");
    }

    [Test]
    public async Task A_language_other_than_arabic_or_french_is_a_400_with_a_field_message()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var worker = await TestApp.ApiClientAsync(world.Worker);

        var response = await worker.GetAsync($"/api/v1/cases/{id}/documents/summary?lang=de");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").GetProperty("language")[0].GetString(), Does.Contain("arabe"));
        Assert.That(await ExportsAsync("CaseSummary", id), Is.Zero);
    }

    [Test]
    public async Task The_referral_letter_names_the_partner_carries_the_feedback_slip_and_is_audited()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var partner = await world.PartnerAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        var created = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/referrals", new
        {
            partnerId = partner, service = "Consultation pédiatrique", reason = "Bilan de santé", consentGiven = true, consentGivenBy = "Mère", consentDate = "2026-11-28",
        });
        var referralId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var otherUnit = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(Roles.Supervisor, await TestApp.CreateUnitAsync("SK2")));

        var french = await PdfAsync(await worker.GetAsync($"/api/v1/referrals/{referralId}/letter?lang=fr"));
        var arabic = await PdfAsync(await worker.GetAsync($"/api/v1/referrals/{referralId}/letter?lang=ar"));
        var elsewhere = await otherUnit.GetAsync($"/api/v1/referrals/{referralId}/letter?lang=fr");

        Assert.That(Has(french, "Centre de santé (fictif)") && Has(french, "Coupon-réponse") && Has(french, "Bilan de santé") && Has(french, "Recueilli auprès de Mère le 28/11/2026"));
        Assert.That(Has(arabic, "مركز صحي") && Has(arabic, "قسيمة الرد"));
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ExportsAsync("ReferralLetter", referralId), Is.EqualTo(2));
    }

    [Test]
    public async Task The_kafala_visit_report_prints_findings_but_never_the_restricted_identity_documents()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().BornOn(new DateOnly(2016, 4, 12)).Build(), worker);
        using var client = await TestApp.ApiClientAsync(worker);
        var created = await client.PostAsJsonAsync("/api/v1/kafala-placements", new
        {
            childId = child.Id,
            abandonment = new { court = "Tribunal de première instance (fictif)", fileNumber = "AB-2025-17", date = "2025-06-01", category = "AB2" },
            kafils = new[] { new { kind = "Couple", fullName = "Rachid Alaoui (fictif)", identityDocument = "CIN X000001", countryOfResidence = "FR", legalConditionsVerified = true } },
            orderNumber = "OK-2025-03",
        });
        var placementId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var (to, date, reference) in new[] { ("RequestFiled", "2025-07-01", null), ("CommissionInquiry", "2025-08-01", null), ("OrderIssued", "2025-10-01", "OK-2025-03"), ("HandedOver", "2025-11-01", "PV-77") })
            Assert.That((await client.PostAsJsonAsync($"/api/v1/kafala-placements/{placementId}/transitions", new { to, date, reference })).StatusCode, Is.EqualTo(HttpStatusCode.OK), to);
        var report = await client.PostAsJsonAsync($"/api/v1/kafala-placements/{placementId}/reports", new
        {
            date = "2026-11-28", type = "HomeVisit", findings = new[] { new { domain = "Schooling", finding = "Scolarisé en CP, bonne adaptation" } },
        });
        Assert.That(report.StatusCode, Is.EqualTo(HttpStatusCode.Created), await report.Content.ReadAsStringAsync());
        var reportId = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var french = await PdfAsync(await client.GetAsync($"/api/v1/kafala-placements/{placementId}/reports/{reportId}/pdf?lang=fr"));
        var arabic = await PdfAsync(await client.GetAsync($"/api/v1/kafala-placements/{placementId}/reports/{reportId}/pdf?lang=ar"));
        var wrongPlacement = await client.GetAsync($"/api/v1/kafala-placements/{Guid.NewGuid()}/reports/{reportId}/pdf?lang=fr");
        using var pages = await TestApp.PageClientAsync(worker);
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Kafala/Details/{placementId}"));
        var fromPage = await PdfAsync(await pages.GetAsync($"/Kafala/Details/{placementId}?handler=ReportPdf&reportId={reportId}&lang=fr"));

        Assert.That(Has(french, "Rapport de suivi de kafala") && Has(french, "Scolarisé en CP, bonne adaptation") && Has(french, "Rachid Alaoui (fictif)") && Has(french, "28/11/2026"));
        Assert.That(Has(arabic, "تقرير تتبع الكفالة") && Has(arabic, "التمدرس"));
        Assert.That(french.Concat(arabic).Any(c => c.Visual.Contains("X000001", StringComparison.Ordinal) || c.Visual.Contains("AB2", StringComparison.Ordinal)), Is.False);
        Assert.That(wrongPlacement.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page, Does.Contain($"reportId={reportId}&lang=ar&handler=ReportPdf"));
        Assert.That(Has(fromPage, "Rapport de suivi de kafala"));
        Assert.That(await ExportsAsync("KafalaReport", reportId), Is.EqualTo(3));
    }

    [Test]
    public async Task The_letter_to_the_procureur_du_roi_is_in_arabic_unless_french_is_asked_for()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var worker = await TestApp.ApiClientAsync(world.Worker);

        var standard = await PdfAsync(await worker.GetAsync($"/api/v1/cases/{id}/documents/prosecutor-letter"));
        var french = await PdfAsync(await worker.GetAsync($"/api/v1/cases/{id}/documents/prosecutor-letter?lang=fr"));

        Assert.That(Has(standard, "إشعار إلى السيد وكيل الملك") && Has(standard, "المحكمة الابتدائية بسيدي قاسم"));
        Assert.That(Has(french, "Signalement au Procureur du Roi"));
        Assert.That(await ExportsAsync("ProsecutorLetter", id), Is.EqualTo(2));
    }

    [Test]
    public async Task The_case_page_offers_the_documents_and_its_pdf_links_download_them()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var pages = await TestApp.PageClientAsync(world.Worker);

        var page = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Cases/Details/{id}"));
        var pdf = await PdfAsync(await pages.GetAsync($"/Cases/Details/{id}?handler=SummaryPdf&lang=ar"));

        Assert.That(page, Does.Contain("Fiche de synthèse").And.Contain("lang=ar&handler=SummaryPdf").And.Contain("lang=ar&handler=ProsecutorLetter"));
        Assert.That(Has(pdf, "بطاقة تركيبية"));
        Assert.That(await ExportsAsync("CaseSummary", id), Is.EqualTo(1));
    }
}
