using CaseManagement.Application.Features;
using CaseManagement.Application.Features.Audit;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Audit;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? SubjectType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SubjectId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<ListAudit.Item>? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await mediator.Send(new ListAudit.Query { SubjectType = SubjectType, SubjectId = SubjectId, Page = Math.Max(1, PageNumber) }, ct);
}
