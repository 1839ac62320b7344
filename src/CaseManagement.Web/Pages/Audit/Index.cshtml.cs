using CaseManagement.Application.Features.Audit;
using CaseManagement.Application.Features.Users;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Audit;

/// <summary>
/// The audit trail for people: each line names its record as people know it, in the reader's language, with filters
/// (record, person, action, period) and pages by key. With a record chosen, it is that record's access log.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    /// <summary>The kinds of record a reader filters on (the codes the trail stores).</summary>
    public static readonly string[] RecordTypes =
        ["Child", "Case", "CaseNote", "CaseAttachment", "FollowUp", "Referral", "ServiceDelivery", "KafalaPlacement", "EpsPlacement", "MonthlyReport",
         "Activity", "Partner", "Establishment", "Unit", "AppUser"];

    [BindProperty(SupportsGet = true)]
    public string? SubjectType { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? SubjectId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    public ListAudit.Page? Result { get; private set; }

    public IReadOnlyList<ListSocialWorkers.Worker> People { get; private set; } = [];

    /// <summary>The filters, to carry into the next page's link.</summary>
    public Dictionary<string, string?> Filters => new()
    {
        ["subjectType"] = SubjectType, ["subjectId"] = SubjectId?.ToString(), ["userId"] = UserId?.ToString(), ["action"] = Action?.ToString(),
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (SubjectType is not null && !RecordTypes.Contains(SubjectType))
            SubjectType = null;
        if (user.IsInRole(Roles.Supervisor))
            People = await mediator.Send(new ListSocialWorkers.Query(WithSupervisors: true), ct);
        Result = await mediator.Send(new ListAudit.Query
        {
            SubjectType = SubjectType, SubjectId = SubjectId, UserId = UserId, Action = Action, From = From, To = To, After = After,
        }, ct);
    }
}
