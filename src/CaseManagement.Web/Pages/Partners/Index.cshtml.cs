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

    /// <summary>The partner being corrected (<c>?edit=id</c>), its values in the form.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Edit { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Partners = await mediator.Send(new ListPartners.Query(IncludeInactive: true), ct);
        if (Partners.FirstOrDefault(p => p.Id == Edit) is { } partner)
        {
            Data = new SavePartner.Command
            {
                Id = partner.Id, Name = partner.Name, NameAr = partner.NameAr, Type = partner.Type, CommuneCode = partner.CommuneCode,
                Contact = partner.Contact, IsActive = partner.IsActive, Version = partner.Version,
            };
            Services = string.Join(", ", partner.Services);
        }
        else
        {
            Edit = null;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Partners = await mediator.Send(new ListPartners.Query(IncludeInactive: true), ct);
        Edit = Data.Id;
        Data.Services = (Services ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        await mediator.Send(Data, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage();
    }
}
