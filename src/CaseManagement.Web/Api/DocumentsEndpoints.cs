using System.Globalization;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Features.Documents;
using CaseManagement.Application.Security;
using MediatR;

namespace CaseManagement.Web.Api;

/// <summary>
/// The documents as PDF (application/pdf), in Arabic or French (<c>?lang=ar|fr</c>, default: the caller's language, else
/// French). The case summary leaves restricted notes out unless <c>?restricted=true</c> and the caller may read them.
/// </summary>
internal static class DocumentsEndpoints
{
    public static void MapDocumentsEndpoints(this IEndpointRouteBuilder api)
    {
        var documents = api.MapGroup("/").RequireAuthorization(Policies.CaseWorkers).WithTags("Documents");

        documents.MapGet("/cases/{id:guid}/documents/summary", (Guid id, string? lang, bool? restricted, IMediator mediator, CancellationToken ct) =>
            Pdf(mediator, new CaseSummaryPdf.Query(id, Language(lang), restricted ?? false), ct)).ProducesFile(PdfFile.ContentType);

        documents.MapGet("/cases/{id:guid}/documents/prosecutor-letter", (Guid id, string? lang, IMediator mediator, CancellationToken ct) =>
            Pdf(mediator, new ProsecutorLetterPdf.Query(id, lang ?? DocumentLanguages.Arabic), ct)).ProducesFile(PdfFile.ContentType);

        documents.MapGet("/referrals/{id:guid}/letter", (Guid id, string? lang, IMediator mediator, CancellationToken ct) =>
            Pdf(mediator, new ReferralLetterPdf.Query(id, Language(lang)), ct)).ProducesFile(PdfFile.ContentType);

        documents.MapGet("/kafala-placements/{id:guid}/reports/{reportId:guid}/pdf", (Guid id, Guid reportId, string? lang, IMediator mediator, CancellationToken ct) =>
            Pdf(mediator, new KafalaReportPdf.Query(id, reportId, Language(lang)), ct)).ProducesFile(PdfFile.ContentType);
    }

    /// <summary>The requested language as given (validated by the query), or the caller's when it is a document language.</summary>
    public static string Language(string? requested)
    {
        if (requested is not null)
            return requested;
        var current = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return DocumentLanguages.IsSupported(current) ? current : DocumentLanguages.French;
    }

    private static async Task<IResult> Pdf(IMediator mediator, IRequest<PdfFile> query, CancellationToken ct)
    {
        var file = await mediator.Send(query, ct);
        return Results.File(file.Content, PdfFile.ContentType, file.FileName);
    }
}
