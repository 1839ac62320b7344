using CaseManagement.Application.Features.Placements;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Eps;

public sealed class EstablishmentPageModel(IMediator mediator) : PageModel
{
    public GetEstablishment.Model Overview { get; private set; } = null!;

    [BindProperty]
    public SaveEstablishment.Command Data { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Overview = await mediator.Send(new GetEstablishment.Query(id), ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Overview = await mediator.Send(new GetEstablishment.Query(id), ct);
        await mediator.Send(Data with { Id = id }, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage(new { id });
    }
}
