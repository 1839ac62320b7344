using CaseManagement.Application.Features.Units;
using CaseManagement.Application.Features.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Admin.Users;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<UserModel> Users { get; private set; } = [];
    public IReadOnlyList<UnitModel> Units { get; private set; } = [];
    public IReadOnlyList<ProvinceModel> Provinces { get; private set; } = [];

    [BindProperty]
    public CreateUser.Command Data { get; set; } = new();

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
        Users = await mediator.Send(new ListUsers.Query(), ct);
        Units = await mediator.Send(new ListUnits.Query(), ct);
        Provinces = await mediator.Send(new ListProvinces.Query(), ct);
    }
}
