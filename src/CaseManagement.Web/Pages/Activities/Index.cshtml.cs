using CaseManagement.Application.Features.Activities;
using CaseManagement.Domain.Activities;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Activities;

/// <summary>The unit's activities with filters (period, type), newest first, one page at a time.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public ActivityType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public ListActivities.Model Result { get; private set; } = new([], null, 0);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await mediator.Send(new ListActivities.Query { From = From, To = To, Type = Type, After = After }, ct);
}
