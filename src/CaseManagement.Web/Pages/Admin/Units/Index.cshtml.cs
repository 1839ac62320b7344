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

    public IReadOnlyList<ProvinceModel> Provinces { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await mediator.Send(Data, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await mediator.Send(new ListUnits.Query(), ct);
        Provinces = await mediator.Send(new ListProvinces.Query(), ct);
        ViewData["Provinces"] = Provinces;
    }
}
