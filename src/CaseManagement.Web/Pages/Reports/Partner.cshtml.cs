using CaseManagement.Application.Documents;
using CaseManagement.Application.Features.Reports;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Web.Localization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Reports;

/// <summary>The partners' edition of a month (kafala abroad, migration prevention), summed over the province's validated reports.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.PartnerEditionReaders)]
public sealed class PartnerModel(IMediator mediator, ICurrentUser user, TimeProvider clock, IDocumentTexts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public ReportMonth Shown { get; private set; }
    public PartnerFigures Figures { get; private set; } = null!;
    public ReportText Text { get; } = new(texts.For(Cultures.Language));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = UnitClock.Today(clock, user.TimeZoneId);
        Shown = ReportMonth.TryParse(Month, out var m) ? m : new ReportMonth(today.Year, today.Month).Previous;
        Figures = await mediator.Send(new PartnerEdition.Query(Shown.ToString()), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var file = await mediator.Send(new PartnerEditionPdf.Query(Month ?? string.Empty), ct);
        return File(file.Content, PdfFile.ContentType, file.FileName);
    }
}
