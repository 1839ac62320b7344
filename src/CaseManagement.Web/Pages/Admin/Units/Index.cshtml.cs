using CaseManagement.Application.Features.Units;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Admin.Units;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<UnitModel> Units { get; private set; } = [];

    [BindProperty]
    public CreateUnit.Command Data { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Units = await mediator.Send(new ListUnits.Query(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Units = await mediator.Send(new ListUnits.Query(), ct);
        await mediator.Send(Data, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage();
    }
}
