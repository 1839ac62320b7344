using CaseManagement.Domain;
using CaseManagement.Domain.Children;

namespace CaseManagement.UnitTests.Children;

public sealed class ChildTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static ChildDetails Details(string? given = "Salma", string? givenAr = null, DateOnly? born = null) => new()
    {
        GivenName = given,
        FamilyName = "Azouzi",
        GivenNameAr = givenAr,
        Sex = Sex.Female,
        DateOfBirth = born ?? new DateOnly(2016, 4, 12),
    };

    [Test]
    public void Registration_keeps_the_file_number_and_builds_search_keys()
    {
        var child = Child.Register(Guid.NewGuid(), "UPE-SK-2026-0007", Details(givenAr: "سَلمى"), Guid.NewGuid(), DateTimeOffset.UnixEpoch, Today);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(child.FileNumber, Is.EqualTo("UPE-SK-2026-0007"));
            Assert.That(child.NameKey, Is.EqualTo("salma azouzi"));
            Assert.That(child.NameKeyAr, Is.EqualTo("سلمي"));
            Assert.That(child.BirthYear, Is.EqualTo(2016));
            Assert.That(child.SearchText, Does.Contain("upe sk 2026 0007").And.Contain("سلمي"));
        }
    }

    [Test]
    public void A_child_without_any_given_name_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Child.Register(Guid.NewGuid(), "UPE-SK-2026-0001", Details(given: " ", givenAr: null), Guid.NewGuid(), DateTimeOffset.UnixEpoch, Today));
        Assert.That(ex!.Code, Is.EqualTo("Child.NameRequired"));
    }

    [Test]
    public void A_birth_date_after_today_is_refused_on_edit_too()
    {
        var child = Child.Register(Guid.NewGuid(), "UPE-SK-2026-0001", Details(), Guid.NewGuid(), DateTimeOffset.UnixEpoch, Today);
        var ex = Assert.Throws<DomainRuleException>(() => child.Update(Details(born: Today.AddDays(1)), Today));
        Assert.That(ex!.Code, Is.EqualTo("Child.BirthInFuture"));
        Assert.That(child.DateOfBirth, Is.EqualTo(new DateOnly(2016, 4, 12)), "the refused edit changed nothing");
    }

    [Test]
    public void The_estimated_flag_needs_a_date()
    {
        var child = Child.Register(Guid.NewGuid(), "UPE-SK-2026-0001", Details() with { DateOfBirth = null, DateOfBirthEstimated = true },
            Guid.NewGuid(), DateTimeOffset.UnixEpoch, Today);
        Assert.That(child.DateOfBirthEstimated, Is.False);
    }

    [Test]
    public void Disability_notes_are_dropped_when_there_is_no_disability()
    {
        var child = Child.Register(Guid.NewGuid(), "UPE-SK-2026-0001", Details() with { HasDisability = false, DisabilityNotes = "x" },
            Guid.NewGuid(), DateTimeOffset.UnixEpoch, Today);
        Assert.That(child.DisabilityNotes, Is.Null);
    }

    [TestCase("2016-11-29", 10)]
    [TestCase("2016-11-30", 9)]
    [TestCase("2008-11-29", 18)]
    [TestCase("2024-02-29", 2)]
    public void Age_counts_whole_years(string born, int age) =>
        Assert.That(AgeCalculator.AgeOn(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), Today), Is.EqualTo(age));

    [TestCase("SK", 2026, 1, "UPE-SK-2026-0001")]
    [TestCase("KN", 2027, 123, "UPE-KN-2027-0123")]
    [TestCase("SK", 2026, 12345, "UPE-SK-2026-12345")]
    public void File_numbers_read_upe_unit_year_sequence(string unit, int year, int sequence, string expected) =>
        Assert.That(FileNumber.Format(unit, year, sequence), Is.EqualTo(expected));
}
