using System.Globalization;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Features.Reference;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Cases;

/// <summary>Records a report (signalement) about a child, from the child's file.</summary>
public sealed class NewModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ReportCase.Command Data { get; set; } = new();

    /// <summary>The reception time as the user reads it on the unit's clock (the form's datetime-local field).</summary>
    [BindProperty]
    public string? ReceivedAtLocal { get; set; }

    public GetChild.Model Child { get; private set; } = new();
    public IReadOnlyList<ListCommunes.Model> Communes { get; private set; } = [];

    public async Task OnGetAsync(Guid childId, CancellationToken ct)
    {
        await LoadAsync(childId, ct);
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UnitClock.Zone(user.TimeZoneId));
        ReceivedAtLocal = local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        Data.CommuneCode = Child.CommuneCode;
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, CancellationToken ct)
    {
        await LoadAsync(childId, ct);
        Data.ChildId = childId;
        Data.ReceivedAt = ParseLocal(ReceivedAtLocal);
        var result = await mediator.Send(Data, ct);
        TempData["Flash"] = "Cases.Reported";
        return RedirectToPage("/Cases/Details", new { id = result.Id });
    }

    private DateTimeOffset? ParseLocal(string? value)
    {
        if (!DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return null;
        var zone = UnitClock.Zone(user.TimeZoneId);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private async Task LoadAsync(Guid childId, CancellationToken ct)
    {
        Child = await mediator.Send(new GetChild.Query(childId), ct);
        Communes = await mediator.Send(new ListCommunes.Query(), ct);
    }
}
