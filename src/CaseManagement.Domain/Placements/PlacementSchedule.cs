namespace CaseManagement.Domain.Placements;

/// <summary>
/// The default follow-up calendars (DOMAIN.md). The law sets none; these are editable per placement once generated.
/// Every date falls before the child's 18th birthday (for a child born on 29 February, 28 February in common years).
/// </summary>
public static class PlacementSchedule
{
    /// <summary>Kafala in Morocco: visits 1, 3, 6 and 12 months after hand-over, then yearly — every 6 months when there are concerns.</summary>
    public static IReadOnlyList<DateOnly> KafalaInMorocco(DateOnly handOver, DateOnly? birthDate, bool concerns) =>
        Build(handOver, birthDate, [1, 3, 6, 12], concerns ? 6 : 12);

    /// <summary>Kafala abroad: reports 6 and 12 months after hand-over, then yearly.</summary>
    public static IReadOnlyList<DateOnly> KafalaAbroad(DateOnly handOver, DateOnly? birthDate) =>
        Build(handOver, birthDate, [6, 12], 12);

    /// <summary>EPS placement: a review every 6 months after admission.</summary>
    public static IReadOnlyList<DateOnly> EpsReviews(DateOnly admittedOn, DateOnly? birthDate) =>
        Build(admittedOn, birthDate, [6], 6);

    public static DateOnly EighteenthBirthday(DateOnly birthDate) => birthDate.AddYears(18);

    private static List<DateOnly> Build(DateOnly start, DateOnly? birthDate, int[] firstMonths, int thenEveryMonths)
    {
        // Without a known date of birth, at most 18 years of follow-up from the start.
        var until = birthDate is { } born ? EighteenthBirthday(born) : start.AddYears(18);
        var dates = new List<DateOnly>();
        foreach (var month in firstMonths)
        {
            var date = start.AddMonths(month);
            if (date >= until)
                return dates;
            dates.Add(date);
        }

        for (var month = firstMonths[^1] + thenEveryMonths; ; month += thenEveryMonths)
        {
            var date = start.AddMonths(month);
            if (date >= until)
                return dates;
            dates.Add(date);
        }
    }
}
