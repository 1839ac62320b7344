namespace CaseManagement.Application.Features.Dashboards;

/// <summary>One bar of a dashboard chart: a coded key (labelled by the page) and its value.</summary>
public sealed record ChartBar(string Key, long Value);
