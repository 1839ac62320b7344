using CaseManagement.Application.Features.Placements;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Kafala;

/// <summary>Corrects a kafala file. Only the responsible social worker and supervisors reach it (they see the restricted fields).</summary>
public sealed class EditModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public KafalaForm Form { get; set; } = new();

    [BindProperty]
    public string? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var kafala = await mediator.Send(new GetKafala.Query(Id), ct);
        if (!kafala.CanWork)
            return Forbid();
        Form = new KafalaForm
        {
            Abandonment = kafala.Abandonment, Kafils = kafala.Kafils.ToList(), Procedure = kafala.Procedure, Abroad = kafala.Abroad, HasConcerns = kafala.HasConcerns,
        };
        Version = kafala.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(new UpdateKafala.Command
        {
            Id = Id, Abandonment = Form.Abandonment, Kafils = Form.FilledKafils(), Procedure = Form.Procedure, Abroad = Form.CleanAbroad(),
            HasConcerns = Form.HasConcerns, Version = Version,
        }, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage("/Kafala/Details", new { id = Id });
    }
}
