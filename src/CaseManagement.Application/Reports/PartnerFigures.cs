namespace CaseManagement.Application.Reports;

/// <summary>The partners' edition of a province for a month: its figures summed over the units' published reports, and those reports' hashes.</summary>
public sealed record PartnerFigures(string ProvinceName, string ProvinceNameAr, int Year, int Month, int UnitsReporting, int UnitsInProvince,
    IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<string> Hashes);
