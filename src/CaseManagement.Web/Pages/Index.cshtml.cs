using CaseManagement.Application.Features;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Dashboards;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages;

/// <summary>
/// Home: a social worker sees their cases and their follow-ups due soon or overdue; a supervisor sees the unassigned
/// queue, the unit's overdue follow-ups, the decisions waiting for them and each worker's caseload.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public Paged<ListCases.Item>? MyCases { get; private set; }
    public IReadOnlyList<ListFollowUps.Item> Overdue { get; private set; } = [];
    public IReadOnlyList<ListFollowUps.Item> DueSoon { get; private set; } = [];
    public Paged<ListCases.Item>? Unassigned { get; private set; }
    public SupervisorOverview.Model? Overview { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.IsInRole(Roles.SocialWorker))
        {
            MyCases = await mediator.Send(new ListCases.Query { AssignedTo = "me", ActiveOnly = true, PageSize = 50 }, ct);
            Overdue = await mediator.Send(new ListFollowUps.Query { Assignee = "me", Due = "overdue" }, ct);
            DueSoon = await mediator.Send(new ListFollowUps.Query { Assignee = "me", Due = "soon" }, ct);
        }
        else if (user.IsInRole(Roles.Supervisor))
        {
            Unassigned = await mediator.Send(new ListCases.Query { AssignedTo = "none", ActiveOnly = true, PageSize = 50 }, ct);
            Overdue = await mediator.Send(new ListFollowUps.Query { Assignee = "unit", Due = "overdue" }, ct);
            Overview = await mediator.Send(new SupervisorOverview.Query(), ct);
        }
    }
}
