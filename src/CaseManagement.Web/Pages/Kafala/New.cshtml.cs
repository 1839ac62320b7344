using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Features.Placements;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Kafala;

public sealed class NewModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public KafalaForm Form { get; set; } = new();

    public GetChild.Model Child { get; private set; } = new();

    public async Task OnGetAsync(Guid childId, CancellationToken ct) => Child = await mediator.Send(new GetChild.Query(childId), ct);

    public async Task<IActionResult> OnPostAsync(Guid childId, CancellationToken ct)
    {
        Child = await mediator.Send(new GetChild.Query(childId), ct);
        var result = await mediator.Send(new OpenKafala.Command
        {
            ChildId = childId, Abandonment = Form.Abandonment, Kafils = Form.FilledKafils(), Procedure = Form.Procedure, HasConcerns = Form.HasConcerns,
        }, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage("/Kafala/Details", new { id = result.Id });
    }
}
