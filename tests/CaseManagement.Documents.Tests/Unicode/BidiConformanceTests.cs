using System.Globalization;
using CaseManagement.Documents.Text;
using CaseManagement.Documents.Text.Unicode;

namespace CaseManagement.Documents.Tests.Unicode;

/// <summary>
/// The Unicode Consortium's conformance files for UAX #9, every line: BidiTest.txt (classes, each paragraph direction
/// of its bit set) and BidiCharacterTest.txt (code points, brackets included), levels and visual order.
/// </summary>
public sealed class BidiConformanceTests
{
    [Test]
    public void Every_line_of_BidiTest_gives_the_levels_and_order_it_lists()
    {
        var file = Conformance.File("BidiTest.txt");
        string[] expectedLevels = [];
        int[] expectedOrder = [];
        int passed = 0, total = 0;
        var failures = new List<string>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (line.StartsWith("@Levels:", StringComparison.Ordinal))
            {
                expectedLevels = line["@Levels:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                continue;
            }

            if (line.StartsWith("@Reorder:", StringComparison.Ordinal))
            {
                expectedOrder = line["@Reorder:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
                continue;
            }

            if (line[0] == '@')
                continue;
            var parts = line.Split(';');
            var types = parts[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<BidiType>).ToArray();
            var set = int.Parse(parts[1].Trim(), CultureInfo.InvariantCulture);
            foreach (var (bit, level) in new[] { (1, -1), (2, 0), (4, 1) })
            {
                if ((set & bit) == 0)
                    continue;
                total++;
                var (levels, order) = Run(types, new int[types.Length], level);
                if (levels.SequenceEqual(expectedLevels) && order.SequenceEqual(expectedOrder))
                    passed++;
                else if (failures.Count < 20)
                    failures.Add($"{parts[0]} (paragraph {level}): levels {string.Join(' ', levels)}, order {string.Join(' ', order)}; expected {string.Join(' ', expectedLevels)}, {string.Join(' ', expectedOrder)}");
            }
        }

        TestContext.Out.WriteLine($"BidiTest.txt (Unicode {UnicodeTables.Version}): {passed} of {total} cases pass");
        Assert.That(failures, Is.Empty, $"{total - passed} of {total} cases fail");
        Assert.That(total, Is.GreaterThan(400_000));
    }

    [Test]
    public void Every_line_of_BidiCharacterTest_gives_the_levels_and_order_it_lists()
    {
        var file = Conformance.File("BidiCharacterTest.txt");
        int passed = 0, total = 0;
        var failures = new List<string>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split(';');
            var codePoints = fields[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            var direction = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var expectedParagraph = int.Parse(fields[2], CultureInfo.InvariantCulture);
            var expectedLevels = fields[3].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var expectedOrder = fields[4].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
            var types = codePoints.Select(cp => UnicodeTables.Bidi(cp)).ToArray();
            var brackets = codePoints.Select((cp, i) => types[i] == BidiType.ON ? UnicodeTables.BracketKey(cp) : 0).ToArray();
            total++;
            var (levels, order, paragraph) = Run(types, brackets, direction == 2 ? -1 : direction, withParagraph: true);
            if (paragraph == expectedParagraph && levels.SequenceEqual(expectedLevels) && order.SequenceEqual(expectedOrder))
                passed++;
            else if (failures.Count < 20)
                failures.Add($"{fields[0]}; {direction}: paragraph {paragraph}, levels {string.Join(' ', levels)}, order {string.Join(' ', order)}; expected {expectedParagraph}, {fields[3]}, {fields[4]}");
        }

        TestContext.Out.WriteLine($"BidiCharacterTest.txt (Unicode {UnicodeTables.Version}): {passed} of {total} lines pass");
        Assert.That(failures, Is.Empty, $"{total - passed} of {total} lines fail");
        Assert.That(total, Is.GreaterThan(90_000));
    }

    private static (string[] Levels, int[] Order) Run(BidiType[] types, int[] brackets, int paragraphLevel)
    {
        var (levels, order, _) = Run(types, brackets, paragraphLevel, withParagraph: true);
        return (levels, order);
    }

    private static (string[] Levels, int[] Order, int Paragraph) Run(BidiType[] types, int[] brackets, int paragraphLevel, bool withParagraph)
    {
        _ = withParagraph;
        var resolved = Bidi.ResolveLevels(types, brackets, paragraphLevel, out var baseLevel);
        var line = Bidi.LineLevels(new BidiParagraph(types, resolved, baseLevel), 0, types.Length);
        var levels = types.Select((t, i) => Bidi.IsRemovedByX9(t) ? "x" : line[i].ToString(CultureInfo.InvariantCulture)).ToArray();
        var order = Bidi.VisualOrder(line).Where(i => !Bidi.IsRemovedByX9(types[i])).ToArray();
        return (levels, order, baseLevel);
    }
}

internal static class Conformance
{
    /// <summary>A file of Debian's unicode-data (which .ci/run installs); a missing one fails the test, it is never skipped.</summary>
    public static string File(string name)
    {
        var path = new[] { Path.Combine(UnicodeTableGenerator.Directory, name), Path.Combine(UnicodeTableGenerator.Directory, "auxiliary", name) }
            .FirstOrDefault(System.IO.File.Exists);
        Assert.That(path, Is.Not.Null, $"{name} is missing: install Debian's unicode-data (apt-get install unicode-data), as .ci/run does");
        return path!;
    }
}
