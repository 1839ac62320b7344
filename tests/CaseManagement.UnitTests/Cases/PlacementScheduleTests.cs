using CaseManagement.Domain;
using CaseManagement.Domain.Placements;

namespace CaseManagement.UnitTests.Cases;

public sealed class PlacementScheduleTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Visits_in_morocco_follow_1_3_6_12_months_then_yearly()
    {
        var dates = PlacementSchedule.KafalaInMorocco(D("2026-01-31"), D("2024-01-01"), concerns: false);
        Assert.That(dates.Take(6), Is.EqualTo(new[] { D("2026-02-28"), D("2026-04-30"), D("2026-07-31"), D("2027-01-31"), D("2028-01-31"), D("2029-01-31") }),
            "month ends are clamped");
        Assert.That(dates[^1], Is.EqualTo(D("2041-01-31")), "the last visit before 1 January 2042");
    }

    [Test]
    public void Nothing_is_planned_when_the_child_is_already_18()
    {
        Assert.That(PlacementSchedule.EpsReviews(D("2026-01-01"), D("2008-01-01")), Is.Empty);
    }

    [Test]
    public void Without_a_birth_date_the_calendar_stops_after_18_years() =>
        Assert.That(PlacementSchedule.KafalaAbroad(D("2026-01-01"), null)[^1], Is.LessThan(D("2044-01-01")));

    [Test]
    public void The_french_nationality_date_needs_france_and_a_hand_over()
    {
        var placement = KafalaPlacement.Open(Guid.NewGuid(), Guid.NewGuid(), null, null, new AbandonmentJudgment(),
            [new Kafil { FullName = "Kafil fictif", CountryOfResidence = "FR" }], new KafalaProcedure { OrderNumber = "1" }, false, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        placement.Update(placement.Abandonment, placement.Kafils, placement.Procedure, new KafalaAbroad { DestinationCountry = "FR" }, false);
        Assert.That(placement.NationalityEligibleOn, Is.Null, "not before hand-over");

        foreach (var (to, date) in new[] { (KafalaStatus.RequestFiled, "2025-01-01"), (KafalaStatus.CommissionInquiry, "2025-02-01"), (KafalaStatus.OrderIssued, "2025-03-01"), (KafalaStatus.HandedOver, "2025-04-15") })
            placement.MoveTo(to, D(date), null, null, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        Assert.That(placement.NationalityEligibleOn, Is.EqualTo(D("2028-04-15")));
        Assert.That(() => placement.MoveTo(KafalaStatus.FollowUpAbroad, D("2025-05-01"), null, null, Guid.NewGuid(), DateTimeOffset.UnixEpoch),
            Throws.TypeOf<DomainRuleException>(), "authorisation to leave comes first");
    }
}
