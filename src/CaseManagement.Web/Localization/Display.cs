using System.Globalization;
using CaseManagement.Application.Security;

namespace CaseManagement.Web.Localization;

/// <summary>Formatting for pages, always with the current culture named explicitly and in the unit's time zone.</summary>
public static class Display
{
    public static string Date(DateOnly? date) =>
        date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";

    public static string DateTime(DateTimeOffset? at, string? timeZoneId)
    {
        if (at is not { } value)
            return "—";
        var local = TimeZoneInfo.ConvertTime(value, UnitClock.Zone(timeZoneId));
        return local.ToString("g", CultureInfo.CurrentCulture);
    }

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>The child's name as the reader expects it: Arabic script first in Arabic, Latin first otherwise.</summary>
    public static string ChildName(string? given, string? family, string? givenAr, string? familyAr)
    {
        var latin = string.Join(' ', new[] { given, family }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var arabic = string.Join(' ', new[] { givenAr, familyAr }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var first = Cultures.Language == "ar" ? arabic : latin;
        var second = Cultures.Language == "ar" ? latin : arabic;
        return first.Length == 0 ? second : second.Length == 0 ? first : $"{first} ({second})";
    }
}
