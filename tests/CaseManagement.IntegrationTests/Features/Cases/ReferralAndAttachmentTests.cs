using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Cases;

public sealed class ReferralAndAttachmentTests : IntegrationTest
{
    [Test]
    public async Task A_referral_without_consent_is_refused_unless_a_supervisor_overrides_it_which_is_audited()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var partner = await world.PartnerAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        using var supervisor = await TestApp.ApiClientAsync(world.Supervisor);

        var refused = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/referrals", new
        {
            partnerId = partner, service = "Consultation pédiatrique", reason = "Suivi médical", consentGiven = false,
        });
        var noReason = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/referrals", new
        {
            partnerId = partner, service = "Consultation pédiatrique", reason = "Suivi médical", consentGiven = false,
        });
        var overridden = await supervisor.PostAsJsonAsync($"/api/v1/cases/{id}/referrals", new
        {
            partnerId = partner, service = "Consultation pédiatrique", reason = "Suivi médical", consentGiven = false,
            consentOverrideReason = "Danger immédiat, parents injoignables",
        });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(overridden.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var referralId = (await overridden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var audit = await TestApp.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.ConsentOverride));
        Assert.That(audit.SubjectId, Is.EqualTo(referralId.ToString()));
        Assert.That(audit.UserId, Is.EqualTo(world.Supervisor.Id));
        Assert.That(await TestApp.WithDbAsync(db => db.Referrals.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task A_referral_with_consent_moves_through_its_statuses_and_expects_feedback_in_30_days()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        var partner = await world.PartnerAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);

        var created = await worker.PostAsJsonAsync($"/api/v1/cases/{id}/referrals", new
        {
            partnerId = partner, service = "Consultation pédiatrique", reason = "Bilan de santé", informationShared = "Âge, motif",
            consentGiven = true, consentGivenBy = "Mère", consentDate = "2026-11-28",
        });
        var referralId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var skip = await worker.PostAsJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "FeedbackReceived", feedback = "x" });
        foreach (var status in new[] { "Sent", "Accepted", "ServiceDelivered" })
            Assert.That((await worker.PostAsJsonAsync($"/api/v1/referrals/{referralId}/status", new { status })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent), status);
        var noFeedback = await worker.PostAsJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "FeedbackReceived" });
        var feedback = await worker.PostAsJsonAsync($"/api/v1/referrals/{referralId}/status", new { status = "FeedbackReceived", feedback = "Enfant vu, RAS" });

        Assert.That(skip.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(noFeedback.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(feedback.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var stored = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}");
        var referral = stored.GetProperty("referrals")[0];
        Assert.That(referral.GetProperty("status").GetString(), Is.EqualTo("FeedbackReceived"));
        Assert.That(referral.GetProperty("expectedResponseOn").GetString(), Is.EqualTo("2026-12-29"));
    }

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% fictitious test document\n%%EOF\n");

    private static async Task<HttpResponseMessage> Upload(HttpClient client, Guid caseId, string name, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await client.PostAsync($"/api/v1/cases/{caseId}/attachments", form);
    }

    [TestCase("scan.pdf", "png")]
    [TestCase("photo.png", "pdf")]
    [TestCase("notes.pdf", "text")]
    [TestCase("script.exe", "pdf")]
    public async Task A_file_whose_content_does_not_match_an_allowed_type_and_its_name_is_refused(string name, string content)
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        var bytes = content switch { "png" => Png, "pdf" => Pdf, _ => Encoding.UTF8.GetBytes("juste du texte") };

        var response = await Upload(worker, id, name, bytes);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await TestApp.WithDbAsync(db => db.CaseAttachments.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task A_genuine_pdf_is_stored_and_downloaded_as_an_attachment_and_every_download_is_audited()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Open);
        using var worker = await TestApp.ApiClientAsync(world.Worker);

        var upload = await Upload(worker, id, "certificat.pdf", Pdf);
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var attachmentId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var download = await worker.GetAsync($"/api/v1/attachments/{attachmentId}");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));

        var stranger = await TestApp.ApiClientAsync(await TestApp.CreateUserAsync(CaseManagement.Application.Security.Roles.SocialWorker));
        Assert.That((await stranger.GetAsync($"/api/v1/attachments/{attachmentId}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var exports = await TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Export && a.SubjectId == attachmentId.ToString()));
        Assert.That(exports, Is.EqualTo(1));
    }

    [Test]
    public async Task Partners_are_managed_by_supervisors_and_administrators_and_read_by_social_workers()
    {
        var world = await CaseWorld.CreateAsync();
        using var worker = await TestApp.ApiClientAsync(world.Worker);
        using var admin = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword);

        var byWorker = await worker.PostAsJsonAsync("/api/v1/partners", new { name = "X", nameAr = "س", type = "Health" });
        var byAdmin = await admin.PostAsJsonAsync("/api/v1/partners", new
        {
            name = "Tribunal de première instance (fictif)", nameAr = "المحكمة الابتدائية", type = "Justice", services = new[] { "Juge des mineurs" },
        });
        var list = await worker.GetFromJsonAsync<JsonElement>("/api/v1/partners");

        Assert.That(byWorker.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(list.EnumerateArray().Single().GetProperty("services")[0].GetString(), Is.EqualTo("Juge des mineurs"));
    }
}
