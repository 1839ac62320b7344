namespace CaseManagement.Application.Reports;

/// <summary>
/// How the report is laid out: its sections in the order of the brief (§6.4), the indicators and breakdowns of each,
/// the headline figures of the cover, and the figures the cooperation partners in France receive.
/// Labels and definitions are resources: <c>Indicator.{code}</c>, <c>Indicator.{code}.Def</c>, <c>Table.{code}</c>.
/// </summary>
public static class ReportCatalogue
{
    public sealed record Section(string Key, IReadOnlyList<string> Indicators, IReadOnlyList<string> Tables);

    public static readonly IReadOnlyList<Section> Sections =
    [
        new("Volumes", ["A1", "A2", "A3", "A4", "A4.1", "A5", "A6", "A7"], ["A1.source", "A1.channel", "A2.reason", "A3.age", "A5.reason"]),
        new("Profile", ["B3.1", "B3.2", "B3.3", "B3.4", "B3.5"], ["B1.primary", "B1.all", "B2.commune", "B2.milieu", "B4.place", "B4.perpetrator"]),
        new("Timeliness", ["C1", "C2", "C3", "C3.1", "C4", "C5.30", "C5.90", "C6"], []),
        new("Services", ["D1", "D1.1", "D2", "D3", "D3.1"], ["D1.type", "D2.partner"]),
        new("Judicial", ["E1", "E2", "E3", "E4"], []),
        new("Eps", ["F1", "F1.1", "F1.2", "F2", "F3", "F3.1", "F4"], ["F1.exit", "F1.eps", "F4.kind"]),
        new("Kafala", ["G3", "G3.1", "G4", "G4.1", "G4.2", "G4.3", "G4.4", "G5", "G5.1", "G6", "G6.1"], ["G3.kafil", "G5.country", "G6.cause"]),
        new("Prevention", ["H1", "H1.1", "H1.2", "H1.3", "H1.4", "H2", "H3", "H3.1", "H3.2", "H3.3", "H4", "H4.1"], ["H1.participants", "H1.milieu", "H2.kind"]),
        new("Quality", ["I1", "I3"], []),
    ];

    /// <summary>The cover's key figures.</summary>
    public static readonly IReadOnlyList<string> KeyFigures = ["A1", "A3", "A4", "A5", "A7", "D1", "D2", "E1", "F1.2", "G4", "H1", "H3"];

    /// <summary>
    /// What the French partners (the Département, Khamsa) receive, aggregated over the province: kafala abroad and the
    /// prevention of child migration, with the children on the move or returned taken in charge.
    /// </summary>
    public static readonly IReadOnlyList<string> PartnerFigures = ["B3.4", "G3.1", "G4.1", "G5", "G5.1", "G6.1", "H4", "H4.1"];

    public static IEnumerable<string> AllIndicators => Sections.SelectMany(s => s.Indicators);
}
