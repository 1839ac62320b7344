using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Features.Placements;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Eps;

// The folder lets administrators see establishments; admitting a child is case work.
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Application.Security.Policies.CaseWorkers)]
public sealed class AdmitModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AdmitToEps.Command Data { get; set; } = new();

    public GetChild.Model Child { get; private set; } = new();
    public IReadOnlyList<EstablishmentModel> Establishments { get; private set; } = [];

    public Task OnGetAsync(Guid childId, CancellationToken ct) => LoadAsync(childId, ct);

    public async Task<IActionResult> OnPostAsync(Guid childId, CancellationToken ct)
    {
        await LoadAsync(childId, ct);
        var result = await mediator.Send(Data with { ChildId = childId }, ct);
        TempData["Flash"] = result.Warnings.Contains(AdmitToEps.AtCapacity) ? AdmitToEps.AtCapacity : "Common.Saved";
        return RedirectToPage("/Eps/Placement", new { id = result.Id });
    }

    private async Task LoadAsync(Guid childId, CancellationToken ct)
    {
        Child = await mediator.Send(new GetChild.Query(childId), ct);
        Establishments = await mediator.Send(new ListEstablishments.Query(), ct);
    }
}
