using CaseManagement.Application.Security;

namespace CaseManagement.Application.Reports;

/// <summary>
/// A span of days in the unit's time zone, with the instants it starts and ends at (midnight, Africa/Casablanca for the
/// Moroccan units): day columns are compared with <see cref="First"/>/<see cref="Last"/>, instants with <see cref="Start"/>/<see cref="End"/>.
/// </summary>
public sealed record ReportPeriod(DateOnly First, DateOnly Last, DateTimeOffset Start, DateTimeOffset End)
{
    public static ReportPeriod Of(DateOnly first, DateOnly last, string timeZoneId) =>
        new(first, last, UnitClock.StartOf(first, timeZoneId), UnitClock.StartOf(last.AddDays(1), timeZoneId));

    public static ReportPeriod Month(int year, int month, string timeZoneId)
    {
        var first = new DateOnly(year, month, 1);
        return Of(first, first.AddMonths(1).AddDays(-1), timeZoneId);
    }

    /// <summary>From 1 January to the end of the month.</summary>
    public static ReportPeriod YearToDate(int year, int month, string timeZoneId) =>
        Of(new DateOnly(year, 1, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), timeZoneId);
}
