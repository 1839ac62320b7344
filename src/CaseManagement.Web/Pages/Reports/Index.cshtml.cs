using CaseManagement.Application.Features.Reports;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Reports;

/// <summary>
/// The monthly reports of a year: for a supervisor every month of their unit (status, editions, prepare a draft); for a
/// provincial viewer the published reports of the province's units. Partner viewers go to their edition.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }
    public IReadOnlyList<ListMonthlyReports.Item> Reports { get; private set; } = [];

    /// <summary>The months of the year that are over in the unit's time zone, newest first.</summary>
    public IReadOnlyList<int> EndedMonths { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (user.IsInRole(Roles.PartnerViewer))
            return RedirectToPage("Partner");
        var today = UnitClock.Today(clock, user.TimeZoneId);
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : today.Year;
        Reports = await mediator.Send(new ListMonthlyReports.Query(ShownYear), ct);
        EndedMonths = Enumerable.Range(1, 12).Where(m => new DateOnly(ShownYear, m, 1).AddMonths(1) <= today).Reverse().ToList();
        return Page();
    }
}
