using CaseManagement.Application.Features.Placements;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Eps;

/// <summary>The registry of establishments (EPS) with their occupancy.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<EstablishmentModel> Establishments { get; private set; } = [];

    [BindProperty]
    public SaveEstablishment.Command Data { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Establishments = await mediator.Send(new ListEstablishments.Query(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Establishments = await mediator.Send(new ListEstablishments.Query(), ct);
        var id = await mediator.Send(Data with { Id = null }, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage("/Eps/Establishment", new { id });
    }
}
