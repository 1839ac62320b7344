using CaseManagement.Application.Features;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Cases;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AssignedTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public Paged<ListCases.Item> Result { get; private set; } = new([], null, 0, false);

    public PagerModel Pager => PagerModel.Of("Cases.Count", Result, After,
        new Dictionary<string, string?> { ["status"] = Status?.ToString(), ["assignedTo"] = AssignedTo });

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await mediator.Send(new ListCases.Query { Status = Status, AssignedTo = AssignedTo, After = After, PageSize = 50 }, ct);
}
