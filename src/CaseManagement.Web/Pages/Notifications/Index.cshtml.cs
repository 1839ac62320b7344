using CaseManagement.Application.Features.Notifications;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Notifications;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ListNotifications.Model Result { get; private set; } = new([], null, true);

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public Shared.PagerModel Pager => new(null, 0, false, After, Result.Next, new Dictionary<string, string?>());

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new ListNotifications.Query(After: After), ct);

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct) => LocalRedirect(await mediator.Send(new OpenNotification.Command(id), ct));

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await mediator.Send(new MarkNotificationsRead.Command(null), ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEmailAsync(bool enabled, CancellationToken ct)
    {
        await mediator.Send(new SetEmailNotifications.Command(enabled), ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage();
    }
}
