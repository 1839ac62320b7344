using CaseManagement.Application.Documents;
using CaseManagement.Application.Features.Documents;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Application.Features.Placements;
using CaseManagement.Domain.Placements;
using CaseManagement.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Kafala;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public GetKafala.Model Kafala { get; private set; } = new();

    public async Task EnsureLoadedAsync()
    {
        if (Kafala.Id == Guid.Empty)
            Kafala = await mediator.Send(new GetKafala.Query(Id), HttpContext.RequestAborted);
    }

    public Task OnGetAsync() => EnsureLoadedAsync();

    public async Task<IActionResult> OnGetReportPdfAsync(Guid reportId, string? lang, CancellationToken ct)
    {
        var file = await mediator.Send(new KafalaReportPdf.Query(Id, reportId, DocumentsEndpoints.Language(lang)), ct);
        return File(file.Content, PdfFile.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostMoveAsync(KafalaStatus to, DateOnly? date, string? reference, string? destinationCountry, CancellationToken ct) =>
        Do(new TransitionKafala.Command { Id = Id, To = to, Date = date, Reference = reference, DestinationCountry = string.IsNullOrWhiteSpace(destinationCountry) ? null : destinationCountry }, ct);

    public Task<IActionResult> OnPostReportAsync(AddKafalaReport.Command report, CancellationToken ct) => Do(report with { PlacementId = Id }, ct);

    public Task<IActionResult> OnPostEndAsync(KafalaEndCause cause, DateOnly? date, string? decisionReference, CancellationToken ct) =>
        Do(new EndKafala.Command { Id = Id, Cause = cause, Date = date, DecisionReference = decisionReference }, ct);

    public Task<IActionResult> OnPostRescheduleAsync(Guid followUpId, DateOnly? dueOn, CancellationToken ct) =>
        Do(new ChangeFollowUp.Command { FollowUpId = followUpId, Change = FollowUpChange.Rescheduled, DueOn = dueOn }, ct);

    private async Task<IActionResult> Do<T>(IRequest<T> command, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage(new { id = Id });
    }
}
