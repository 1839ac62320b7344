using CaseManagement.Application.Features;
using CaseManagement.Application.Features.Children;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Children;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<ChildListItem>? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await mediator.Send(new SearchChildren.Query(Q, Math.Max(1, PageNumber), 20), ct);
}
