using CaseManagement.Application.Security;
using Microsoft.Extensions.Time.Testing;

namespace CaseManagement.UnitTests.Children;

public sealed class ClockTests
{
    [TestCase("2026-11-29T22:59:00Z", "2026-11-29")]
    [TestCase("2026-11-29T23:00:00Z", "2026-11-30")]
    public void Today_is_the_units_date_in_casablanca(string utc, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(UnitClock.Today(clock, "Africa/Casablanca").ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }
}
