using CaseManagement.Application.Features.Activities;
using CaseManagement.Application.Features.Reference;
using CaseManagement.Domain.Activities;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Activities;

/// <summary>Records a new activity or corrects one; a training lists the professionals trained (blank rows are ignored).</summary>
public sealed class EditModel(IMediator mediator) : PageModel
{
    public const int BlankTraineeRows = 8;

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty]
    public SaveActivity.Command Data { get; set; } = new() { Hours = 2 };

    public IReadOnlyList<ListCommunes.Model> Communes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Communes = await mediator.Send(new ListCommunes.Query(), ct);
        if (Id is not { } id)
            return;
        var a = await mediator.Send(new GetActivity.Query(id), ct);
        Data = new SaveActivity.Command
        {
            Id = a.Id, Date = a.Date, Type = a.Type, CoordinationKind = a.CoordinationKind, Place = a.Place, CommuneCode = a.CommuneCode, Milieu = a.Milieu,
            Participants = a.Participants, Hours = a.Hours, Topic = a.Topic, Organisers = a.Organisers, PlacesReached = a.PlacesReached,
            Trainees = [.. a.Trainees], Version = a.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Communes = await mediator.Send(new ListCommunes.Query(), ct);
        Data.Id = Id;
        Data.Trainees = Data.Trainees.Where(t => !string.IsNullOrWhiteSpace(t.Name)).ToList();
        if (Data.Type != ActivityType.Training)
            Data.Trainees = [];
        await mediator.Send(Data, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage("Index");
    }
}
