using CaseManagement.Application.Documents;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Features.Reports;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Web.Localization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Reports;

/// <summary>
/// A month's report. The supervisor prepares or recomputes the draft, writes the narratives in Arabic and French, validates,
/// downloads the PDFs and exports, records the sending and starts a correction; the figures are exact and marked internal.
/// A provincial viewer reads a published edition under disclosure control and downloads it.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.MonthlyReportReaders)]
public sealed class MonthModel(IMediator mediator, ICurrentUser user, IDocumentTexts texts) : PageModel
{
    [FromRoute]
    public string Month { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Edition { get; set; }

    /// <summary>The report, or null when the supervisor's month has none yet.</summary>
    public GetMonthlyReport.Model? Report { get; private set; }

    public ReportText Text { get; } = new(texts.For(Cultures.Language));

    [BindProperty]
    public WriteReportNarratives.Command Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ReportMonth.TryParse(Month, out _))
            return NotFound();
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRecomputeAsync(CancellationToken ct) => DoAsync(new RecomputeReport.Command(Month), "Reports.Recomputed", ct);

    public Task<IActionResult> OnPostNarrativesAsync(CancellationToken ct) => DoAsync(Data with { Month = Month }, "Common.Saved", ct);

    public Task<IActionResult> OnPostValidateAsync(CancellationToken ct) => DoAsync(new ValidateReport.Command(Month), "Reports.Validated", ct);

    public Task<IActionResult> OnPostSentAsync(DateOnly? sentOn, string? addressees, CancellationToken ct) =>
        DoAsync(new MarkReportSent.Command { Month = Month, SentOn = sentOn, Addressees = addressees }, "Common.Saved", ct);

    public Task<IActionResult> OnPostSupersedeAsync(string? reason, CancellationToken ct) =>
        DoAsync(new SupersedeReport.Command { Month = Month, Reason = reason }, "Reports.CorrectionStarted", ct);

    public async Task<IActionResult> OnGetPdfAsync(string? lang, CancellationToken ct)
    {
        var file = await mediator.Send(new MonthlyReportPdf.Query(Month, lang ?? DocumentLanguages.Arabic, Unit, Edition), ct);
        return File(file.Content, PdfFile.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetExportAsync(ExportMonthlyReport.Format format, string? lang, CancellationToken ct)
    {
        var file = await mediator.Send(new ExportMonthlyReport.Query(Month, format, lang ?? Cultures.Language, Unit, Edition), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Loads the report for the page (also after a refused command, so that its messages show beside it).</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        try
        {
            Report = await mediator.Send(new GetMonthlyReport.Query(Month, Unit, Edition), ct);
        }
        catch (NotFoundException) when (user.IsInRole(Roles.Supervisor) && Unit is null && Edition is null)
        {
            Report = null;
        }

        if (Report is { } r && ModelState.IsValid)
        {
            var n = r.Narratives;
            Data = new WriteReportNarratives.Command
            {
                Month = Month, NotableFactsAr = n.NotableFactsAr, NotableFactsFr = n.NotableFactsFr, DifficultiesAr = n.DifficultiesAr,
                DifficultiesFr = n.DifficultiesFr, BottlenecksAr = n.BottlenecksAr, BottlenecksFr = n.BottlenecksFr,
                RecommendationsAr = n.RecommendationsAr, RecommendationsFr = n.RecommendationsFr,
            };
        }
    }

    private async Task<IActionResult> DoAsync<T>(IRequest<T> command, string flash, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        TempData["Flash"] = flash;
        return RedirectToPage(new { month = Month });
    }
}
