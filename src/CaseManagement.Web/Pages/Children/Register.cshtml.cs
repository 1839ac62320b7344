using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Pages.Children;

public sealed class RegisterModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : ChildFormPage(mediator)
{
    [BindProperty]
    public RegisterChild.Command Data { get; set; } = new();

    /// <summary>Ticked once the user has seen the likely duplicates and says this is another child.</summary>
    [BindProperty]
    public bool ConfirmedNotDuplicate { get; set; }

    public IReadOnlyList<ChildListItem> Duplicates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        PadFamilyRows(Data);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        Prepare(Data, user.Today(clock));
        if (!ConfirmedNotDuplicate)
        {
            Duplicates = await Mediator.Send(new FindDuplicates.Query
            {
                GivenName = Data.GivenName,
                FamilyName = Data.FamilyName,
                GivenNameAr = Data.GivenNameAr,
                FamilyNameAr = Data.FamilyNameAr,
                DateOfBirth = Data.DateOfBirth,
            }, ct);
            if (Duplicates.Count > 0)
            {
                PadFamilyRows(Data);
                return Page();
            }
        }

        try
        {
            var result = await Mediator.Send(Data, ct);
            TempData["Flash"] = "Child.Registered";
            return RedirectToPage("/Children/Details", new { id = result.Id });
        }
        finally
        {
            PadFamilyRows(Data); // shown again only when the command was refused
        }
    }
}
