using System.Globalization;
using CaseManagement.Application.Security;
using FluentValidation;

namespace CaseManagement.Application.Reports;

/// <summary>A report's month as the API spells it: <c>yyyy-MM</c>.</summary>
public readonly record struct ReportMonth(int Year, int Month)
{
    public static bool TryParse(string? text, out ReportMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !Domain.Reports.MonthlyReport.IsValidPeriod(y, m))
            return false;
        month = new ReportMonth(y, m);
        return true;
    }

    public static ReportMonth Parse(string text) => TryParse(text, out var month) ? month : throw new FormatException("Not a yyyy-MM month.");

    /// <summary>A month is reported once it is over in the unit's time zone.</summary>
    public bool HasEnded(TimeProvider clock, string? timeZoneId) => new DateOnly(Year, Month, 1).AddMonths(1) <= UnitClock.Today(clock, timeZoneId);

    public ReportMonth Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}

public static class ReportMonthRules
{
    /// <summary>The month of a report request, <c>yyyy-MM</c>: anything else is a 400 with the field's message.</summary>
    public static IRuleBuilderOptions<T, string> IsReportMonth<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(m => ReportMonth.TryParse(m, out _)).WithMessage("Report.InvalidMonth");
}
