using CaseManagement.Application.Features.Children;
using CaseManagement.Domain.Children;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>Invented children only. Defaults describe a plausible, fictional girl from Sidi Kacem.</summary>
public sealed class ChildBuilder
{
    private string? _given = "Salma";
    private string? _family = "Azouzi";
    private string? _givenAr = "سلمى";
    private string? _familyAr = "العزوزي";
    private Sex? _sex = Sex.Female;
    private DateOnly? _born = new(2016, 4, 12);
    private string? _commune = "481.01.11";

    public ChildBuilder Named(string? given, string? family)
    {
        (_given, _family) = (given, family);
        return this;
    }

    public ChildBuilder NamedAr(string? given, string? family)
    {
        (_givenAr, _familyAr) = (given, family);
        return this;
    }

    public ChildBuilder OfSex(Sex? sex)
    {
        _sex = sex;
        return this;
    }

    public ChildBuilder BornOn(DateOnly? date)
    {
        _born = date;
        return this;
    }

    public ChildBuilder InCommune(string? code)
    {
        _commune = code;
        return this;
    }

    public RegisterChild.Command Build() => new()
    {
        GivenName = _given,
        FamilyName = _family,
        GivenNameAr = _givenAr,
        FamilyNameAr = _familyAr,
        Sex = _sex,
        DateOfBirth = _born,
        CommuneCode = _commune,
        SpokenLanguages = SpokenLanguages.Darija,
        Schooling = SchoolingStatus.Enrolled,
        FamilyMembers = [new FamilyMember { Name = "Khadija Azouzi", Relationship = FamilyRelationship.Mother, IsCaregiver = true }],
    };
}
