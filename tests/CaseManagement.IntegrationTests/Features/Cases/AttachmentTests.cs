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

public sealed class AttachmentTests : IntegrationTest
{
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
        var exports = await TestApp.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Export && a.SubjectType == "Case" && a.Detail == $"CaseAttachment:{attachmentId}"));
        Assert.That(exports, Is.EqualTo(1));
    }
}
