using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Features.Reference;
using CaseManagement.Domain.Children;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Children;

/// <summary>What the register and edit pages share: reference lists and the form's extra inputs.</summary>
public abstract class ChildFormPage(IMediator mediator) : PageModel
{
    /// <summary>Empty family rows offered on the form, so it works without JavaScript.</summary>
    public const int EmptyFamilyRows = 2;

    protected IMediator Mediator { get; } = mediator;

    public IReadOnlyList<ListCommunes.Model> Communes { get; private set; } = [];

    /// <summary>The languages ticked on the form; folded into the command's flags.</summary>
    [BindProperty]
    public List<SpokenLanguages> Languages { get; set; } = [];

    /// <summary>When the date of birth is unknown: an estimated age in years, turned into an estimated date.</summary>
    [BindProperty]
    public int? EstimatedAge { get; set; }

    protected async Task LoadListsAsync(CancellationToken ct) => Communes = await Mediator.Send(new ListCommunes.Query(), ct);

    protected void Prepare(ChildForm form, DateOnly today)
    {
        form.SpokenLanguages = Languages.Aggregate(SpokenLanguages.None, (all, one) => all | one);
        form.FamilyMembers = form.FamilyMembers.Where(m => !string.IsNullOrWhiteSpace(m.Name)).ToList();
        if (form.DateOfBirth is null && EstimatedAge is >= 0 and < 25)
        {
            form.DateOfBirth = new DateOnly(today.Year - EstimatedAge.Value, 1, 1);
            form.DateOfBirthEstimated = true;
        }
    }

    protected void PadFamilyRows(ChildForm form)
    {
        for (var i = 0; i < EmptyFamilyRows; i++)
            form.FamilyMembers.Add(new FamilyMember());
    }
}
