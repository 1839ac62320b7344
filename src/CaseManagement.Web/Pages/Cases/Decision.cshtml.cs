using CaseManagement.Application.Features.Cases;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Cases;

/// <summary>
/// A decision on a plan or a closure, with only what it needs (<see cref="GetDecision"/>): the page of a unit's second
/// approver, who reads nothing else of the case. After the decision the supervisor goes back to their home page.
/// </summary>
public sealed class DecisionModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public GetDecision.Model Decision { get; private set; } = new();

    public async Task EnsureLoadedAsync()
    {
        if (Decision.CaseId == Guid.Empty)
            Decision = await mediator.Send(new GetDecision.Query(Id), HttpContext.RequestAborted);
    }

    public Task OnGetAsync() => EnsureLoadedAsync();

    public Task<IActionResult> OnPostPlanAsync(bool approved, string? comment, CancellationToken ct) =>
        Decide(new DecidePlan.Command { CaseId = Id, Approved = approved, Comment = comment }, ct);

    public Task<IActionResult> OnPostClosureAsync(bool approved, string? comment, CancellationToken ct) =>
        Decide(new DecideClosure.Command { CaseId = Id, Approved = approved, Comment = comment }, ct);

    private async Task<IActionResult> Decide(IRequest<MediatR.Unit> command, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        TempData["Flash"] = "Cases.Decided";
        return RedirectToPage("/Index");
    }
}
