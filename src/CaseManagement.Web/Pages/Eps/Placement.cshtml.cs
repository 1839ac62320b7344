using CaseManagement.Application.Features.Placements;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Domain.Placements;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Eps;

// The folder lets administrators see establishments; a child\'s placement is case work.
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Application.Security.Policies.CaseWorkers)]
public sealed class PlacementModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public GetEpsPlacement.Model Details { get; private set; } = null!;

    public async Task EnsureLoadedAsync() => Details ??= await mediator.Send(new GetEpsPlacement.Query(Id), HttpContext.RequestAborted);

    public Task OnGetAsync() => EnsureLoadedAsync();

    public Task<IActionResult> OnPostMoveAsync(EpsStatus to, DateOnly? date, CancellationToken ct) => Do(new TransitionEps.Command { Id = Id, To = to, Date = date }, ct);

    public Task<IActionResult> OnPostIncidentAsync(RecordIncident.Command incident, CancellationToken ct) => Do(incident with { PlacementId = Id }, ct);

    public Task<IActionResult> OnPostExitAsync(ExitEps.Command exit, CancellationToken ct) => Do(exit with { PlacementId = Id }, ct);

    public Task<IActionResult> OnPostProjectAsync(UpdateEpsProject.Command project, CancellationToken ct) => Do(project with { PlacementId = Id }, ct);

    public Task<IActionResult> OnPostReviewAsync(Guid followUpId, FollowUpChange change, string? outcome, DateOnly? dueOn, CancellationToken ct) =>
        Do(new ChangeFollowUp.Command { FollowUpId = followUpId, Change = change, Outcome = outcome, DueOn = dueOn }, ct);

    private async Task<IActionResult> Do<T>(IRequest<T> command, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage(new { id = Id });
    }
}
