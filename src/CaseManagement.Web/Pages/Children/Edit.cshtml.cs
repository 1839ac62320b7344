using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Pages.Children;

public sealed class EditModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : ChildFormPage(mediator)
{
    [BindProperty]
    public EditChild.Command Data { get; set; } = new();

    [BindProperty]
    public string? FileNumber { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadListsAsync(ct);
        var child = await Mediator.Send(new GetChild.Query(id), ct);
        FileNumber = child.FileNumber;
        Data = child.ToEditCommand();
        PadFamilyRows(Data);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await LoadListsAsync(ct);
        Data.Id = id;
        Prepare(Data, user.Today(clock));
        try
        {
            await Mediator.Send(Data, ct);
            TempData["Flash"] = "Child.Saved";
            return RedirectToPage("/Children/Details", new { id });
        }
        finally
        {
            PadFamilyRows(Data);
        }
    }
}
