namespace CaseManagement.Application.Security;

public static class CurrentUserExtensions
{
    public static bool IsCaseWorker(this ICurrentUser user) =>
        user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.Supervisor);

    /// <summary>Today's date in the user's unit time zone: what "today" means to a social worker.</summary>
    public static DateOnly Today(this ICurrentUser user, TimeProvider clock) =>
        UnitClock.Today(clock, user.TimeZoneId);
}

public static class UnitClock
{
    public static TimeZoneInfo Zone(string? timeZoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(timeZoneId) ? Domain.Units.Unit.DefaultTimeZone : timeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    public static DateOnly Today(TimeProvider clock, string? timeZoneId) => LocalDate(clock.GetUtcNow(), timeZoneId);

    /// <summary>The calendar day an instant falls on in the unit's time zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset at, string? timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone(timeZoneId)).DateTime);

    /// <summary>The instant a unit-local day begins (midnight in the unit's time zone).</summary>
    public static DateTimeOffset StartOf(DateOnly day, string? timeZoneId)
    {
        var zone = Zone(timeZoneId);
        var local = day.ToDateTime(TimeOnly.MinValue);
        // A midnight skipped by a clock change starts the day at the first valid minute.
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
