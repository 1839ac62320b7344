using CaseManagement.Domain.Activities;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Placements;
using CaseManagement.Domain.Reference;
using CaseManagement.Domain.Referrals;

namespace CaseManagement.Application.Reports;

/// <summary>
/// The order a breakdown's rows are read in: age bands youngest first, concerns and coded lists in the order of their
/// list (DOMAIN.md), places by code; "not recorded" always last.
/// </summary>
public static class RowOrder
{
    private static readonly Dictionary<string, string[]> Orders = new()
    {
        ["AgeBand"] = [.. MonthlyIndicators.AgeBands],
        ["Concern"] = [.. ProtectionConcerns.All],
        ["ReferralSource"] = Enum.GetNames<ReferralSource>(),
        ["IntakeChannel"] = Enum.GetNames<IntakeChannel>(),
        ["NotRetainedReason"] = Enum.GetNames<NotRetainedReason>(),
        ["ClosureReason"] = Enum.GetNames<ClosureReason>(),
        ["PlaceOfOccurrence"] = Enum.GetNames<PlaceOfOccurrence>(),
        ["PerpetratorRelationship"] = Enum.GetNames<PerpetratorRelationship>(),
        ["Milieu"] = Enum.GetNames<Milieu>(),
        ["ServiceType"] = Enum.GetNames<ServiceType>(),
        ["PartnerType"] = Enum.GetNames<PartnerType>(),
        ["EpsExitReason"] = Enum.GetNames<EpsExitReason>(),
        ["IncidentKind"] = Enum.GetNames<IncidentKind>(),
        ["KafilKind"] = Enum.GetNames<KafilKind>(),
        ["KafalaEndCause"] = Enum.GetNames<KafalaEndCause>(),
        ["CoordinationKind"] = Enum.GetNames<CoordinationKind>(),
        ["ParticipantCategory"] = ["Children", "Parents", "Professionals"],
    };

    public static IEnumerable<T> Sort<T>(string dimension, IEnumerable<T> rows, Func<T, string> key)
    {
        var order = Orders.GetValueOrDefault(dimension);
        return rows.OrderBy(r => key(r) == MonthlyIndicators.Unknown ? 1 : 0)
            .ThenBy(r => order is null ? 0 : Array.IndexOf(order, key(r)) is var i && i >= 0 ? i : order.Length)
            .ThenBy(key, StringComparer.Ordinal);
    }
}
