using System.Globalization;
using System.Text;
using CaseManagement.Documents.Text;
using CaseManagement.Documents.Text.Unicode;

namespace CaseManagement.Documents.Tests.Unicode;

/// <summary>UAX #14 against LineBreakTest.txt: the default rules on every line, and the documents' tailorings.</summary>
public sealed class LineBreakConformanceTests
{
    private static List<(string Text, bool[] Breaks, string Line)> Cases()
    {
        var cases = new List<(string, bool[], string)>();
        foreach (var line in File.ReadLines(Conformance.File("LineBreakTest.txt")))
        {
            var data = line.Split('#')[0].Trim();
            if (data.Length == 0)
                continue;
            var text = new StringBuilder();
            var breaks = new List<bool>();
            foreach (var token in data.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (token is "÷" or "×")
                    breaks.Add(token == "÷");
                else
                    text.Append(char.ConvertFromUtf32(int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            cases.Add((text.ToString(), breaks.ToArray(), data));
        }

        return cases;
    }

    /// <summary>The break decisions at each code point boundary (the first and last included), as the file writes them.</summary>
    private static bool[] Decisions(string text, bool tailored)
    {
        var actions = LineBreaker.Opportunities(text, tailored);
        var result = new List<bool>();
        for (var i = 0; i <= text.Length; i++)
        {
            if (i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
                continue;
            result.Add(i > 0 && actions[i] != BreakAction.None);
        }

        return result.ToArray();
    }

    [Test]
    public void The_default_rules_pass_every_line_of_LineBreakTest()
    {
        var cases = Cases();
        var failures = cases.Where(c => !Decisions(c.Text, tailored: false).SequenceEqual(c.Breaks)).Select(c => c.Line).ToList();
        TestContext.Out.WriteLine($"LineBreakTest.txt (Unicode {UnicodeTables.Version}), default rules: {cases.Count - failures.Count} of {cases.Count} lines pass");
        Assert.That(failures.Take(20), Is.Empty, $"{failures.Count} of {cases.Count} lines fail");
        Assert.That(cases, Has.Count.GreaterThan(7000));
    }

    /// <summary>
    /// With the tailorings the documents use, at least 99 % of the lines still pass, and every line that fails differs
    /// from the file only where a tailoring withdraws a break: T1 (a hyphen in a word with a digit), T2 (« » and ‹ ›) or
    /// T3 (inside a grapheme cluster). Nothing else may differ.
    /// </summary>
    [Test]
    public void The_tailored_rules_pass_99_percent_and_every_difference_is_a_listed_tailoring()
    {
        var cases = Cases();
        var counts = new Dictionary<string, int>();
        var unexplained = new List<string>();
        var failed = 0;
        foreach (var (text, breaks, line) in cases)
        {
            var tailored = Decisions(text, tailored: true);
            if (tailored.SequenceEqual(breaks))
                continue;
            failed++;
            var boundaries = Boundaries(text);
            for (var k = 0; k < breaks.Length; k++)
            {
                if (tailored[k] == breaks[k])
                    continue;
                var reason = tailored[k] ? null : Reason(text, boundaries[k]);
                if (reason is null)
                    unexplained.Add(line);
                else
                    counts[reason] = counts.GetValueOrDefault(reason) + 1;
            }
        }

        var share = 100.0 * (cases.Count - failed) / cases.Count;
        TestContext.Out.WriteLine($"LineBreakTest.txt, tailored: {cases.Count - failed} of {cases.Count} lines pass ({share.ToString("F2", CultureInfo.InvariantCulture)} %); withdrawn breaks: {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}");
        Assert.That(unexplained.Distinct().Take(20), Is.Empty);
        Assert.That(share, Is.GreaterThanOrEqualTo(99.0));
    }

    private static int[] Boundaries(string text)
    {
        var result = new List<int>();
        for (var i = 0; i <= text.Length; i++)
        {
            if (i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
                continue;
            result.Add(i);
        }

        return result.ToArray();
    }

    private static string? Reason(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
            return null;
        var graphemes = StringInfo.ParseCombiningCharacters(text);
        if (Array.BinarySearch(graphemes, index) < 0)
            return "T3";
        var before = text[..index].TrimEnd(' ');
        if (text[index] is '»' or '›' || before.EndsWith('«') || before.EndsWith('‹'))
            return "T2";
        if (text[index - 1] == '-' || char.GetUnicodeCategory(text[index - 1]) == UnicodeCategory.DashPunctuation)
            return "T1";
        return null;
    }
}
