using CaseManagement.Application.Features;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Features.Placements;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Children;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public GetChild.Model Child { get; private set; } = new();

    /// <summary>The child's cases the user works on (a social worker sees only those assigned to them).</summary>
    public Paged<ListCases.Item> Cases { get; private set; } = new([], null, 0, false);

    public ListChildPlacements.Model Placements { get; private set; } = new([], []);

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Child = await mediator.Send(new GetChild.Query(id), ct);
        Cases = await mediator.Send(new ListCases.Query { ChildId = id, PageSize = 50 }, ct);
        Placements = await mediator.Send(new ListChildPlacements.Query(id), ct);
    }
}
