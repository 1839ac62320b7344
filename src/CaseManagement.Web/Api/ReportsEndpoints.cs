using CaseManagement.Application.Reports;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Features.Reports;
using CaseManagement.Application.Security;
using MediatR;

namespace CaseManagement.Web.Api;

/// <summary>
/// The monthly report: list, figures, draft (recompute), narratives, validation, sending, supersession, PDF and exports;
/// and the partners' edition. Months are <c>yyyy-MM</c>; a provincial viewer names the unit (<c>?unit=</c>).
/// </summary>
internal static class ReportsEndpoints
{
    public sealed record SentRequest(DateOnly? SentOn = null, string? Addressees = null);
    public sealed record SupersessionRequest(string? Reason = null);

    public static void MapReportsEndpoints(this IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/reports").RequireAuthorization(Policies.ReportReaders).WithTags("Reports");
        var monthly = reports.MapGroup("/monthly");

        monthly.MapGet("/", (int? year, IMediator mediator, TimeProvider clock, CancellationToken ct) =>
            mediator.Send(new ListMonthlyReports.Query(year ?? clock.GetUtcNow().Year), ct));
        monthly.MapGet("/{month}", (string month, Guid? unit, int? edition, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetMonthlyReport.Query(month, unit, edition), ct)).ProducesProblem(StatusCodes.Status404NotFound);
        monthly.MapPost("/{month}/draft", (string month, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new RecomputeReport.Command(month), ct)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        monthly.MapPut("/{month}/narrative", async (string month, WriteReportNarratives.Command command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command with { Month = month }, ct);
            return TypedResults.NoContent();
        }).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        monthly.MapPost("/{month}/validation", (string month, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ValidateReport.Command(month), ct)).ProducesProblem(StatusCodes.Status409Conflict);
        monthly.MapPost("/{month}/sent", async (string month, SentRequest body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new MarkReportSent.Command { Month = month, SentOn = body.SentOn, Addressees = body.Addressees }, ct);
            return TypedResults.NoContent();
        }).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        monthly.MapPost("/{month}/supersession", async (string month, SupersessionRequest body, IMediator mediator, CancellationToken ct) =>
        {
            var result = await mediator.Send(new SupersedeReport.Command { Month = month, Reason = body.Reason }, ct);
            return TypedResults.Created($"/api/v1/reports/monthly/{month}?edition={result.Edition}", result);
        }).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        monthly.MapGet("/{month}/pdf", async (string month, string? lang, Guid? unit, int? edition, IMediator mediator, CancellationToken ct) =>
        {
            var file = await mediator.Send(new MonthlyReportPdf.Query(month, lang ?? DocumentLanguages.Arabic, unit, edition), ct);
            return Results.File(file.Content, PdfFile.ContentType, file.FileName);
        }).ProducesFile(PdfFile.ContentType);
        monthly.MapGet("/{month}/export.xlsx", (string month, string? lang, Guid? unit, int? edition, IMediator mediator, CancellationToken ct) =>
            Export(mediator, new ExportMonthlyReport.Query(month, ExportMonthlyReport.Format.Xlsx, DocumentsEndpoints.Language(lang), unit, edition), ct))
            .ProducesFile(ReportExport.XlsxType);
        monthly.MapGet("/{month}/export.csv", (string month, string? lang, Guid? unit, int? edition, IMediator mediator, CancellationToken ct) =>
            Export(mediator, new ExportMonthlyReport.Query(month, ExportMonthlyReport.Format.Csv, DocumentsEndpoints.Language(lang), unit, edition), ct))
            .ProducesFile(ReportExport.CsvType);

        reports.MapGet("/partner/{month}", (string month, IMediator mediator, CancellationToken ct) => mediator.Send(new PartnerEdition.Query(month), ct));
        reports.MapGet("/partner/{month}/pdf", async (string month, IMediator mediator, CancellationToken ct) =>
        {
            var file = await mediator.Send(new PartnerEditionPdf.Query(month), ct);
            return Results.File(file.Content, PdfFile.ContentType, file.FileName);
        }).ProducesFile(PdfFile.ContentType);
    }

    private static async Task<IResult> Export(IMediator mediator, ExportMonthlyReport.Query query, CancellationToken ct)
    {
        var file = await mediator.Send(query, ct);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
