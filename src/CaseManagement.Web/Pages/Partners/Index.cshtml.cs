using CaseManagement.Application.Features.Partners;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Partners;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<PartnerModel> Partners { get; private set; } = [];

    [BindProperty]
    public SavePartner.Command Data { get; set; } = new();

    /// <summary>Services as typed: separated by commas.</summary>
    [BindProperty]
    public string? Services { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Partners = await mediator.Send(new ListPartners.Query(IncludeInactive: true), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Partners = await mediator.Send(new ListPartners.Query(IncludeInactive: true), ct);
        Data.Id = null;
        Data.Services = (Services ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        await mediator.Send(Data, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage();
    }
}
