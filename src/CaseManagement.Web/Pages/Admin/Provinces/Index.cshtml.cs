using CaseManagement.Application.Features.Units;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Admin.Provinces;

/// <summary>The provinces (reference data): units belong to one, provincial and partner viewers read its reports.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ProvinceModel> Provinces { get; private set; } = [];

    [BindProperty]
    public SaveProvince.Command Data { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Provinces = await mediator.Send(new ListProvinces.Query(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Provinces = await mediator.Send(new ListProvinces.Query(), ct);
        await mediator.Send(Data, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage();
    }
}
