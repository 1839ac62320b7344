namespace CaseManagement.Documents.Text;

/// <summary>One line of a paragraph: characters [Start, End) without trailing spaces, and whether a hard break or the end follows it.</summary>
public readonly record struct LineRange(int Start, int End, bool EndsParagraph);

/// <summary>
/// Breaks a paragraph into lines in logical order, at spaces and after hyphens, given a width measure. A word wider
/// than the line is cut where it overflows. Reordering for display (<see cref="Bidi"/>) happens per line, after.
/// </summary>
public static class LineBreaker
{
    public static IReadOnlyList<string> Break(string text, Func<string, float> measure, float width)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Ranges(text, (start, end) => measure(text[start..end]), width).Select(r => text[r.Start..r.End]).ToList();
    }

    /// <summary>
    /// The lines of <paramref name="text"/> (with '\n' as hard breaks), measuring each word and its following spaces
    /// separately with <paramref name="measure"/>(start, end), so a word is shaped once however long the paragraph.
    /// </summary>
    public static List<LineRange> Ranges(string text, Func<int, int, float> measure, float width)
    {
        var lines = new List<LineRange>();
        var start = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            BreakParagraph(text, start, end, measure, width, lines);
            lines[^1] = lines[^1] with { EndsParagraph = true };
            if (newline < 0)
                return lines;
            start = newline + 1;
        }
    }

    private static void BreakParagraph(string text, int start, int end, Func<int, int, float> measure, float width, List<LineRange> lines)
    {
        var lineStart = start;
        var contentEnd = start;
        float used = 0;
        var i = start;
        while (i < end)
        {
            var wordStart = i;
            var wordEnd = NextBreak(text, i, end, out var spaceEnd);
            var wordWidth = measure(wordStart, wordEnd);
            if (lineStart != wordStart && used + wordWidth > width + 0.01f)
            {
                lines.Add(new LineRange(lineStart, contentEnd, false));
                lineStart = wordStart;
                used = 0;
            }

            if (lineStart == wordStart && wordWidth > width)
            {
                // A word wider than the line is cut where it overflows (at least one character per line).
                var cut = wordStart + 1;
                while (cut < wordEnd && measure(wordStart, cut + 1) <= width)
                    cut++;
                if (cut < wordEnd)
                {
                    lines.Add(new LineRange(wordStart, cut, false));
                    lineStart = contentEnd = i = cut;
                    continue;
                }
            }

            used += wordWidth + (spaceEnd > wordEnd ? measure(wordEnd, spaceEnd) : 0);
            contentEnd = wordEnd;
            i = spaceEnd;
        }

        lines.Add(new LineRange(lineStart, contentEnd, false));
    }

    /// <summary>The end of the word starting at <paramref name="i"/> (after a hyphen joining two words, or before spaces) and the end of the spaces after it.</summary>
    private static int NextBreak(string text, int i, int end, out int spaceEnd)
    {
        var j = i;
        while (j < end && text[j] == ' ')
            j++;
        while (j < end && text[j] != ' ')
        {
            var hyphen = text[j] is '-' or '\u2010' && j > i && text[j - 1] != ' ' && j + 1 < end && text[j + 1] != ' ';
            j++;
            if (hyphen)
                break;
        }

        spaceEnd = j;
        while (spaceEnd < end && text[spaceEnd] == ' ')
            spaceEnd++;
        return j;
    }
}
