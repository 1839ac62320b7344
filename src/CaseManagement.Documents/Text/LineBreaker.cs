namespace CaseManagement.Documents.Text;

/// <summary>
/// Breaks a paragraph into lines in logical order, at spaces and after hyphens, given a width measure. A word wider
/// than the line is cut where it overflows. Reordering for display (<see cref="Bidi"/>) happens per line, after.
/// </summary>
public static class LineBreaker
{
    public static IReadOnlyList<string> Break(string text, Func<string, float> measure, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            BreakParagraph(paragraph, measure, width, lines);
        return lines;
    }

    private static void BreakParagraph(string text, Func<string, float> measure, float width, List<string> lines)
    {
        var start = 0;
        while (start < text.Length)
        {
            var lastBreak = -1; // index just after a possible break
            var end = start;
            while (end < text.Length)
            {
                var candidate = text[start..(end + 1)].TrimEnd();
                if (candidate.Length > 0 && measure(candidate) > width)
                    break;
                if (text[end] == ' ' || (text[end] is '-' or '\u2010' && end > start && text[end - 1] != ' '))
                    lastBreak = end + 1;
                end++;
            }

            if (end == text.Length)
            {
                lines.Add(text[start..].TrimEnd());
                return;
            }

            var cut = lastBreak > start ? lastBreak : Math.Max(end, start + 1);
            lines.Add(text[start..cut].TrimEnd());
            start = cut;
            while (start < text.Length && text[start] == ' ')
                start++;
        }

        if (text.Length == 0)
            lines.Add(string.Empty);
    }
}
