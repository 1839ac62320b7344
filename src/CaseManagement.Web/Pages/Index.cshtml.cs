using System.Globalization;
using CaseManagement.Application.Features;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Dashboards;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Application.Security;
using CaseManagement.Web.Charts;
using CaseManagement.Web.Localization;
using MediatR;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages;

/// <summary>
/// Home: a social worker sees their cases and their follow-ups due soon or overdue, with charts of their caseload and
/// overdue items; a supervisor sees the unassigned queue, the unit's overdue follow-ups, the decisions waiting for them
/// and the unit's charts; a provincial viewer sees the key figures of the province's validated reports.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user, IStringLocalizer l) : PageModel
{
    public IReadOnlyList<BarChartModel> Charts { get; private set; } = [];
    public ProvinceDashboard.Model? Province { get; private set; }

    public Paged<ListCases.Item>? MyCases { get; private set; }
    /// <summary>Each block of the home page shows its first <see cref="Shown"/> rows and how many there are in all.</summary>
    public const int Shown = 20;

    public Paged<ListFollowUps.Item>? Overdue { get; private set; }
    public Paged<ListFollowUps.Item>? DueSoon { get; private set; }
    public Paged<ListCases.Item>? Unassigned { get; private set; }
    public SupervisorOverview.Model? Overview { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.IsInRole(Roles.SocialWorker))
        {
            MyCases = await mediator.Send(new ListCases.Query { AssignedTo = "me", ActiveOnly = true, PageSize = Shown }, ct);
            Overdue = await mediator.Send(new ListFollowUps.Query { Assignee = "me", Due = "overdue", PageSize = Shown }, ct);
            DueSoon = await mediator.Send(new ListFollowUps.Query { Assignee = "me", Due = "soon", PageSize = Shown }, ct);
            var mine = await mediator.Send(new WorkerDashboard.Query(), ct);
            Charts =
            [
                BarChartModel.Of(l, "my-status", "Charts.MyCasesByStatus", "Field.Status", mine.CasesByStatus, k => l.Label(Enum.Parse<Domain.Cases.CaseStatus>(k))),
                BarChartModel.Of(l, "my-overdue", "Charts.MyOverdueByKind", "Field.Kind", mine.OverdueByKind, k => l.Label(Enum.Parse<Domain.FollowUps.FollowUpKind>(k))),
            ];
        }
        else if (user.IsInRole(Roles.Supervisor))
        {
            Unassigned = await mediator.Send(new ListCases.Query { AssignedTo = "none", ActiveOnly = true, PageSize = Shown }, ct);
            Overdue = await mediator.Send(new ListFollowUps.Query { Assignee = "unit", Due = "overdue", PageSize = Shown }, ct);
            Overview = await mediator.Send(new SupervisorOverview.Query(), ct);
        }
        else if (user.IsInRole(Roles.ProvincialViewer))
        {
            Province = await mediator.Send(new ProvinceDashboard.Query(), ct);
            Charts =
            [
                new BarChartModel("province-new", l["Charts.ProvinceNewChildren"], Province.NewChildrenByMonth
                    .Select(m => new Bar(new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMM yyyy", CultureInfo.CurrentCulture), m.Value,
                        m.Value is { } v ? Display.NumberText((int)v) : l["Report.Withheld"])).ToList(), l["Reports.Month"], l["Charts.Value"]),
            ];
        }
    }
}
