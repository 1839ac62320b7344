using CaseManagement.Application.Features.Children;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Children;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public GetChild.Model Child { get; private set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Child = await mediator.Send(new GetChild.Query(id), ct);
}
