using CaseManagement.Domain.Children;
using Riok.Mapperly.Abstractions;

namespace CaseManagement.Application.Features.Children;

public sealed record ChildListItem(
    Guid Id,
    string FileNumber,
    string? GivenName,
    string? FamilyName,
    string? GivenNameAr,
    string? FamilyNameAr,
    Sex Sex,
    DateOnly? DateOfBirth,
    bool DateOfBirthEstimated,
    string? CommuneCode,
    DateTimeOffset CreatedAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ChildMapper
{
    public static partial IQueryable<ChildListItem> ProjectToListItem(this IQueryable<Child> children);

    // Sex and nationality are optional on the form and required on the record: set below, never copied as null.
    [MapperIgnoreSource(nameof(ChildForm.Sex))]
    [MapperIgnoreTarget(nameof(ChildDetails.Sex))]
    [MapperIgnoreSource(nameof(ChildForm.Nationality))]
    [MapperIgnoreTarget(nameof(ChildDetails.Nationality))]
    private static partial ChildDetails ToDetailsCore(ChildForm form);

    /// <summary>The edit form, filled with the child as read (including the concurrency token).</summary>
    public static partial EditChild.Command ToEditCommand(this GetChild.Model child);

    public static ChildDetails ToDetails(this ChildForm form) =>
        ToDetailsCore(form) with { Sex = form.Sex ?? Sex.Female, Nationality = form.Nationality ?? "MA" };
}
