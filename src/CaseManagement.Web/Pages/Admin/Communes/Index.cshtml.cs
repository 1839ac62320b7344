using CaseManagement.Application.Features.Reference;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Admin.Communes;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ListAllCommunes.Model> Communes { get; private set; } = [];

    [BindProperty]
    public SaveCommune.Command Data { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Communes = await mediator.Send(new ListAllCommunes.Query(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Communes = await mediator.Send(new ListAllCommunes.Query(), ct);
        await mediator.Send(Data, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage();
    }
}
