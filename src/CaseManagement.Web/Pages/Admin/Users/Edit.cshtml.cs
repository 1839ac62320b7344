using CaseManagement.Application.Errors;
using CaseManagement.Application.Features.Units;
using CaseManagement.Application.Features.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Admin.Users;

public sealed class EditModel(IMediator mediator) : PageModel
{
    public UserModel Target { get; private set; } = null!;
    public IReadOnlyList<UnitModel> Units { get; private set; } = [];
    public IReadOnlyList<ProvinceModel> Provinces { get; private set; } = [];

    [BindProperty]
    public ChangeUserAccess.Command Data { get; set; } = new();

    [BindProperty]
    public EditUserProfile.Command Profile { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Data = new ChangeUserAccess.Command { Id = id, Role = Target.Role, UnitId = Target.UnitId, ProvinceId = Target.ProvinceId };
    }

    public async Task<IActionResult> OnPostProfileAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Data = new ChangeUserAccess.Command { Id = id, Role = Target.Role, UnitId = Target.UnitId, ProvinceId = Target.ProvinceId };
        try
        {
            await mediator.Send(Profile with { Id = id }, ct);
        }
        catch (FluentValidation.ValidationException ex)
        {
            foreach (var (field, messages) in Errors.ErrorTranslation.FieldErrors(ex))
            foreach (var message in messages)
                ModelState.AddModelError($"Profile.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
            return Page();
        }

        return Saved(id);
    }

    public async Task<IActionResult> OnPostTwoFactorAsync(Guid id, CancellationToken ct)
    {
        await mediator.Send(new ResetTwoFactor.Command(id), ct);
        return Saved(id);
    }

    public async Task<IActionResult> OnPostAccessAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Data.Id = id;
        await mediator.Send(Data, ct);
        return Saved(id);
    }

    public async Task<IActionResult> OnPostPasswordAsync(Guid id, string? newPassword, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Data = new ChangeUserAccess.Command { Id = id, Role = Target.Role, UnitId = Target.UnitId, ProvinceId = Target.ProvinceId };
        try
        {
            await mediator.Send(new ResetPassword.Command { Id = id, NewPassword = newPassword }, ct);
        }
        catch (FluentValidation.ValidationException ex)
        {
            foreach (var error in ex.Errors)
                ModelState.AddModelError("NewPassword", Localization.JsonStringLocalizer.Instance.Translate(error.ErrorMessage));
            return Page();
        }

        return Saved(id);
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Data = new ChangeUserAccess.Command { Id = id, Role = Target.Role, UnitId = Target.UnitId, ProvinceId = Target.ProvinceId };
        await mediator.Send(new SetUserActive.Command(id, active), ct);
        return Saved(id);
    }

    private RedirectToPageResult Saved(Guid id)
    {
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Target = await mediator.Send(new GetUser.Query(id), ct);
        if (Request.Method == HttpMethods.Get || Profile.Id != id)
            Profile = new EditUserProfile.Command { Id = id, DisplayName = Target.DisplayName, Email = Target.Email, PreferredCulture = Target.PreferredCulture };
        Units = await mediator.Send(new ListUnits.Query(), ct);
        Provinces = await mediator.Send(new ListProvinces.Query(), ct);
    }
}
