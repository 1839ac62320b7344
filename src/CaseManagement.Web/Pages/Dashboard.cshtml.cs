using System.Globalization;
using CaseManagement.Application.Features.Dashboards;
using CaseManagement.Application.Security;
using CaseManagement.Web.Charts;
using CaseManagement.Web.Localization;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web.Pages;

/// <summary>
/// The unit's charts for its supervisors: reports received by month, active cases by concern, commune and status,
/// overdue follow-ups and caseload per social worker. They group every active case of the unit, so they have a page
/// of their own, opened when wanted, and the home page stays the morning's work list.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Supervisor)]
public sealed class DashboardModel(IMediator mediator, IStringLocalizer l) : PageModel
{
    public IReadOnlyList<BarChartModel> Charts { get; private set; } = [];

    public IReadOnlyList<Caseloads.Caseload> Caseloads { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Caseloads = await mediator.Send(new Caseloads.Query(), ct);
        var unit = await mediator.Send(new UnitDashboard.Query(), ct);
        var arabic = Cultures.Language == "ar";
        Charts =
        [
            BarChartModel.Of(l, "new-cases", "Charts.NewCasesByMonth", "Reports.Month",
                unit.NewCasesByMonth.Select(m => new ChartBar($"{m.Year}-{m.Month}", m.Value)).ToList(),
                k => DateTime.ParseExact(k, "yyyy-M", CultureInfo.InvariantCulture).ToString("MMM yyyy", CultureInfo.CurrentCulture)),
            BarChartModel.Of(l, "by-concern", "Charts.ActiveByConcern", "Field.PrimaryConcern", unit.ActiveByConcern, l.Concern),
            BarChartModel.Of(l, "by-commune", "Charts.ActiveByCommune", "Field.CommuneCode", unit.ActiveByCommune,
                k => unit.CommuneNames.TryGetValue(k, out var n) ? arabic ? n.Ar : n.Fr : l["Report.Unknown"]),
            BarChartModel.Of(l, "by-status", "Charts.ActiveByStatus", "Field.Status", unit.ActiveByStatus, k => l.Label(Enum.Parse<Domain.Cases.CaseStatus>(k))),
            BarChartModel.Of(l, "overdue-worker", "Charts.OverdueByWorker", "Field.AssignedTo", unit.OverdueByWorker, k => unit.WorkerNames[k]),
            BarChartModel.Of(l, "caseload-worker", "Charts.CaseloadByWorker", "Field.AssignedTo", unit.CaseloadByWorker, k => unit.WorkerNames[k]),
        ];
    }
}
