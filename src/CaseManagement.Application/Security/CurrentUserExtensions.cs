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

    public static DateOnly Today(TimeProvider clock, string? timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone(timeZoneId)).DateTime);
}
