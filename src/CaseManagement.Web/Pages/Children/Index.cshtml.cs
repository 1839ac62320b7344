using CaseManagement.Application.Features;
using CaseManagement.Application.Features.Children;
using CaseManagement.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Children;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public Paged<ChildListItem>? Result { get; private set; }

    public PagerModel Pager => PagerModel.Of("Children.Count", Result!, After, new Dictionary<string, string?> { ["q"] = Q });

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await mediator.Send(new SearchChildren.Query(Q, After, 20), ct);
}
