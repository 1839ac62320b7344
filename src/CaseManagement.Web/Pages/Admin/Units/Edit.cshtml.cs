using CaseManagement.Application.Errors;
using CaseManagement.Application.Features.Units;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Admin.Units;

public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EditUnit.Command Data { get; set; } = new();

    public Domain.Units.TimelinessStandards Standards { get; private set; } = new();
    public Domain.Units.ReminderSettings Reminders { get; private set; } = new();
    public Guid? SecondApproverId { get; private set; }
    public IReadOnlyList<ListApprovers.Approver> Approvers { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        var unit = (await mediator.Send(new ListUnits.Query(), ct)).SingleOrDefault(u => u.Id == id)
                   ?? throw new NotFoundException("Unit", id);
        Data = new EditUnit.Command
        {
            Id = unit.Id, Name = unit.Name, NameAr = unit.NameAr, Code = unit.Code, TimeZoneId = unit.TimeZoneId, ProvinceId = unit.ProvinceId, Version = unit.Version,
        };
        ViewData["Provinces"] = await mediator.Send(new ListProvinces.Query(), ct);
        Standards = unit.Standards;
        Reminders = unit.Reminders;
        SecondApproverId = unit.SecondApproverId;
        Approvers = await mediator.Send(new ListApprovers.Query(id), ct);
    }

    public async Task<IActionResult> OnPostApproverAsync(Guid id, Guid? approverId, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        await mediator.Send(new SetSecondApprover.Command { UnitId = id, ApproverId = approverId }, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemindersAsync(Guid id, SetReminderSettings.Command reminders, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        await mediator.Send(reminders with { UnitId = id }, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostStandardsAsync(Guid id, SetStandards.Command standards, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        await mediator.Send(standards with { UnitId = id }, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var posted = Data;
        await OnGetAsync(id, ct);
        Data = posted;
        Data.Id = id;
        await mediator.Send(Data, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage("/Admin/Units/Index");
    }
}
