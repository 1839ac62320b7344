using CaseManagement.Application.Features;
using CaseManagement.Application.Features.Units;
using CaseManagement.Application.Features.Users;
using CaseManagement.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Admin.Users;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public Paged<UserModel> Users { get; private set; } = new([], null, 0, false);

    public PagerModel Pager => PagerModel.Of("Users.Count", Users, After, new Dictionary<string, string?> { ["unit"] = Unit?.ToString() });
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
        Users = await mediator.Send(new ListUsers.Query { UnitId = Unit, After = After }, ct);
        Units = await mediator.Send(new ListUnits.Query(), ct);
        Provinces = await mediator.Send(new ListProvinces.Query(), ct);
    }
}
