using CaseManagement.Domain;
using CaseManagement.Domain.Units;

namespace CaseManagement.UnitTests.Units;

public sealed class UnitTests
{
    [TestCase("SK", true)]
    [TestCase("KN2", true)]
    [TestCase("ABCDEFGH", true)]
    [TestCase("S", false)]
    [TestCase("sk", false)]
    [TestCase("SK-1", false)]
    [TestCase("ABCDEFGHI", false)]
    [TestCase(null, false)]
    public void Codes_are_two_to_eight_capitals_or_digits(string? code, bool valid) =>
        Assert.That(Unit.IsValidCode(code), Is.EqualTo(valid));

    [Test]
    public void A_new_unit_defaults_to_casablanca_time()
    {
        var unit = Unit.Create("UPE Sidi Kacem", "وحدة حماية الطفولة", "SK", Guid.NewGuid());
        Assert.That(unit.TimeZoneId, Is.EqualTo("Africa/Casablanca"));
    }

    [Test]
    public void A_unit_needs_both_names()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Unit.Create("UPE", " ", "SK", Guid.NewGuid()));
        Assert.That(ex!.Code, Is.EqualTo("Unit.NameRequired"));
    }
}
