using System.Text.Json.Nodes;
using CaseManagement.Application.Reports;

namespace CaseManagement.UnitTests.Reports;

public sealed class CanonicalJsonTests
{
    [Test]
    public void Members_are_sorted_whitespace_dropped_numbers_shortest_and_only_required_escapes_kept()
    {
        var node = JsonNode.Parse("""{ "b": 1.50, "a": [ true, null, "سلمى \"x\"\n" ], "B": 2e1, "ä": 0 }""");

        Assert.That(CanonicalJson.Canonicalize(node), Is.EqualTo("{\"B\":20,\"a\":[true,null,\"سلمى \\\"x\\\"\\n\"],\"b\":1.5,\"ä\":0}"));
    }

    [Test]
    public void An_indicator_set_comes_back_identical_and_hashes_the_same_every_time()
    {
        var set = new IndicatorSet
        {
            Year = 2026, Month = 10, TimeZone = "Africa/Casablanca",
            Indicators = [new Indicator("C3", FigureKind.Median, Figure.Average(8.5m, 4), null, Figure.Average(null, 0)), new Indicator("A3", FigureKind.Count, Figure.Count(5), Figure.Count(6), Figure.Count(1))],
            Tables = [new IndicatorTable("A3.age", "AgeBand", IndicatorTable.BySex, [new TableRow("<1", [0, 1, 1])], new TableRow("T", [0, 1, 1])) { TotalOf = "A3" }],
            NewChildrenByMonth = [new MonthValue(2026, 10, 5)],
            Names = new Dictionary<string, Names> { ["Commune:SK-R01"] = new("Ain Dfali", "عين الدفالي") },
        };

        var json = CanonicalJson.Serialize(set);
        var back = CanonicalJson.Deserialize<IndicatorSet>(json);

        Assert.That(CanonicalJson.Serialize(back), Is.EqualTo(json));
        Assert.That(back.Table("A3.age")!.TotalOf, Is.EqualTo("A3"));
        Assert.That(back.Find("C3")!.Month.Value, Is.EqualTo(8.5m));
        Assert.That(CanonicalJson.Sha256(json), Is.EqualTo(CanonicalJson.Sha256(CanonicalJson.Serialize(set))).And.Length.EqualTo(64).And.Match("^[0-9a-f]+$"));
        Assert.That(CanonicalJson.Sha256(json.Replace("\"n\":5", "\"n\":6", StringComparison.Ordinal)), Is.Not.EqualTo(CanonicalJson.Sha256(json)));
    }
}
