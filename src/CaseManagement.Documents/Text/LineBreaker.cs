using System.Globalization;
using CaseManagement.Documents.Text.Unicode;

namespace CaseManagement.Documents.Text;

/// <summary>One line of a paragraph: characters [Start, End) without trailing spaces, and whether a hard break or the end follows it.</summary>
public readonly record struct LineRange(int Start, int End, bool EndsParagraph);

/// <summary>What may happen before a character (UAX #14).</summary>
public enum BreakAction : byte
{
    /// <summary>No break here.</summary>
    None,

    /// <summary>A line may end here.</summary>
    Allowed,

    /// <summary>A line ends here (after BK, CR, LF, NL).</summary>
    Mandatory,
}

/// <summary>
/// Line breaking by the Unicode Line Breaking Algorithm (UAX #14, rules LB2–LB31, with the numeric tailoring of its
/// example 7 that LineBreakTest.txt uses), over classes generated from the Unicode Character Database, then lines
/// filled greedily with a width measure. Tailorings for these documents (<see cref="Opportunities"/> with
/// <c>tailored</c>, the default):
/// <list type="bullet">
/// <item>T1 — a hyphen inside a word that holds a digit, or between two capitals or digits, never ends a line, so file
/// numbers, references, codes and dates (<c>UPE-SK-2026-0001</c>, <c>REF-ORD</c>, <c>2026-014</c>) stay whole; compound
/// words (<c>Sidi-Kacem</c>, <c>arrière-grand-mère</c>) still break after their hyphens;</item>
/// <item>T2 — French guillemets: no break after « or ‹ and none before » or ›, even across a space (« texte »);</item>
/// <item>T3 — never inside an extended grapheme cluster (UAX #29): a letter keeps its harakat, a surrogate pair and an
/// emoji sequence stay whole, even after a space.</item>
/// </list>
/// A word wider than the line is cut at the last grapheme boundary that fits.
/// </summary>
public static class LineBreaker
{
    public static IReadOnlyList<string> Break(string text, Func<string, float> measure, float width)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Ranges(text, (start, end) => measure(text[start..end]), width).Select(r => text[r.Start..r.End]).ToList();
    }

    /// <summary>
    /// The lines of <paramref name="text"/>, measuring each piece between two break opportunities and its following
    /// spaces separately with <paramref name="measure"/>(start, end), so a word is shaped once however long the paragraph.
    /// </summary>
    public static List<LineRange> Ranges(string text, Func<int, int, float> measure, float width)
    {
        var actions = Opportunities(text);
        var lines = new List<LineRange>();
        var lineStart = 0;
        var contentEnd = 0;
        float used = 0;
        var i = 0;
        while (i < text.Length)
        {
            // The piece [i, next) up to the next opportunity; its trailing spaces do not count against the width.
            var next = i + 1;
            while (next < text.Length && actions[next] == BreakAction.None)
                next++;
            var wordEnd = next;
            while (wordEnd > i && IsTrailingSpace(text[wordEnd - 1]))
                wordEnd--;
            var hardBreak = next < text.Length && actions[next] == BreakAction.Mandatory;
            if (hardBreak)
            {
                // The break character itself (\n, U+2028…) is not drawn.
                while (wordEnd > i && IsHardBreak(text[wordEnd - 1]))
                    wordEnd--;
            }

            var wordWidth = wordEnd > i ? measure(i, wordEnd) : 0;
            if (lineStart != i && contentEnd > lineStart && used + wordWidth > width + 0.01f)
            {
                lines.Add(new LineRange(lineStart, contentEnd, false));
                lineStart = contentEnd = i;
                used = 0;
            }

            if (lineStart == i && wordWidth > width && wordEnd > i)
            {
                // A word wider than the line is cut at the last grapheme boundary that fits (at least one cluster).
                var cut = i + StringInfo.GetNextTextElementLength(text, i);
                while (cut < wordEnd)
                {
                    var further = cut + StringInfo.GetNextTextElementLength(text, cut);
                    if (measure(i, further) > width)
                        break;
                    cut = further;
                }

                if (cut < wordEnd)
                {
                    lines.Add(new LineRange(i, cut, false));
                    lineStart = contentEnd = i = cut;
                    used = 0;
                    continue;
                }
            }

            used += wordWidth + (next > wordEnd && !hardBreak ? measure(wordEnd, next) : 0);
            if (wordEnd > i)
                contentEnd = wordEnd;
            i = next;
            if (hardBreak)
            {
                lines.Add(new LineRange(lineStart, contentEnd, true));
                lineStart = contentEnd = i;
                used = 0;
            }
        }

        if (lines.Count == 0 || lineStart < text.Length || actions.Length > 1 && actions[^1] == BreakAction.Mandatory)
            lines.Add(new LineRange(lineStart, Math.Max(lineStart, contentEnd), true));
        else
            lines[^1] = lines[^1] with { EndsParagraph = true };
        return lines;
    }

    private static bool IsTrailingSpace(char c) => c == ' ';

    private static bool IsHardBreak(char c) => c is '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// The break action before each UTF-16 index of <paramref name="text"/> (index 0 is always None; a break after the
    /// last character is implied, LB3). With <paramref name="tailored"/> false, the default rules as LineBreakTest.txt states them.
    /// </summary>
    public static BreakAction[] Opportunities(string text, bool tailored = true)
    {
        var n = text.Length;
        var actions = new BreakAction[n + 1];
        if (n == 0)
            return actions;

        // Code points, their classes (LB1 applied at generation) and, for LB9, the class each one counts as.
        var starts = new List<int>(n);
        for (var i = 0; i < n; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            starts.Add(i);
        var m = starts.Count;
        var cls = new BreakClass[m];
        var flag = new bool[m];
        var eff = new BreakClass[m];
        var merged = new bool[m];
        for (var k = 0; k < m; k++)
        {
            var value = UnicodeTables.Break(UnicodeTables.CodePointAt(text, starts[k]));
            cls[k] = (BreakClass)(value & ~BreakClasses.Flag);
            flag[k] = (value & BreakClasses.Flag) != 0;
            if (cls[k] is BreakClass.CM or BreakClass.ZWJ)
            {
                if (k > 0 && eff[k - 1] is not (BreakClass.BK or BreakClass.CR or BreakClass.LF or BreakClass.NL or BreakClass.SP or BreakClass.ZW))
                {
                    eff[k] = eff[k - 1]; // LB9
                    flag[k] = flag[k - 1];
                    merged[k] = true;
                }
                else
                {
                    eff[k] = BreakClass.AL; // LB10
                }
            }
            else
            {
                eff[k] = cls[k];
            }
        }

        for (var k = 1; k < m; k++)
        {
            var action = Default(cls, eff, flag, merged, k);
            if (tailored && action == BreakAction.Allowed && Tailored(text, starts, cls, eff, k))
                action = BreakAction.None;
            actions[starts[k]] = action;
        }

        if (tailored)
        {
            // T3: no break inside an extended grapheme cluster, except one that starts with a space (a mark after a
            // space is a defective sequence that UAX #14 treats as a letter beginning a word).
            for (var i = 0; i < n;)
            {
                var end = i + StringInfo.GetNextTextElementLength(text, i);
                for (var j = i + 1; j < end && text[i] != ' '; j++)
                {
                    if (actions[j] == BreakAction.Allowed)
                        actions[j] = BreakAction.None;
                }

                i = end;
            }
        }

        // LB4–LB5 also make a mandatory break after the last character when it is a hard break.
        var last = cls[m - 1];
        actions[n] = last is BreakClass.BK or BreakClass.CR or BreakClass.LF or BreakClass.NL ? BreakAction.Mandatory : BreakAction.Allowed;
        return actions;
    }

    private static BreakAction Default(BreakClass[] cls, BreakClass[] eff, bool[] flag, bool[] merged, int k)
    {
        var before = cls[k - 1];
        var b = cls[k];

        // LB4, LB5
        if (before == BreakClass.BK)
            return BreakAction.Mandatory;
        if (before == BreakClass.CR && b == BreakClass.LF)
            return BreakAction.None;
        if (before is BreakClass.CR or BreakClass.LF or BreakClass.NL)
            return BreakAction.Mandatory;

        // LB6, LB7
        if (b is BreakClass.BK or BreakClass.CR or BreakClass.LF or BreakClass.NL or BreakClass.SP or BreakClass.ZW)
            return BreakAction.None;

        // LB8: ZW SP* ÷
        var j = k - 1;
        while (j >= 0 && eff[j] == BreakClass.SP)
            j--;
        if (j >= 0 && eff[j] == BreakClass.ZW)
            return BreakAction.Allowed;

        // LB8a, LB9
        if (before == BreakClass.ZWJ || merged[k])
            return BreakAction.None;

        var a = eff[k - 1];
        b = eff[k]; // LB10: a CM or ZWJ left alone counts as AL
        var beforeSpaces = j >= 0 ? eff[j] : (BreakClass?)null; // the class before SP* (LB14–LB17)

        // LB11, LB12, LB12a, LB13
        if (b == BreakClass.WJ || a == BreakClass.WJ || a == BreakClass.GL)
            return BreakAction.None;
        if (b == BreakClass.GL && a is not (BreakClass.SP or BreakClass.BA or BreakClass.HY))
            return BreakAction.None;
        if (b is BreakClass.CL or BreakClass.CP or BreakClass.EX or BreakClass.IS or BreakClass.SY)
            return BreakAction.None;

        // LB14–LB17
        if (beforeSpaces == BreakClass.OP)
            return BreakAction.None;
        if (b == BreakClass.OP && beforeSpaces == BreakClass.QU)
            return BreakAction.None;
        if (b == BreakClass.NS && beforeSpaces is BreakClass.CL or BreakClass.CP)
            return BreakAction.None;
        if (b == BreakClass.B2 && beforeSpaces == BreakClass.B2)
            return BreakAction.None;

        // LB18
        if (a == BreakClass.SP)
            return BreakAction.Allowed;

        // LB19, LB20
        if (b == BreakClass.QU || a == BreakClass.QU)
            return BreakAction.None;
        if (b == BreakClass.CB || a == BreakClass.CB)
            return BreakAction.Allowed;

        // LB21, LB21a, LB21b, LB22
        if (b is BreakClass.BA or BreakClass.HY or BreakClass.NS || a == BreakClass.BB)
            return BreakAction.None;
        if (a is BreakClass.HY or BreakClass.BA && Previous(eff, merged, k - 1) == BreakClass.HL)
            return BreakAction.None;
        if (a == BreakClass.SY && b == BreakClass.HL)
            return BreakAction.None;
        if (b == BreakClass.IN)
            return BreakAction.None;

        // LB23, LB23a, LB24
        if (a is BreakClass.AL or BreakClass.HL && b == BreakClass.NU || a == BreakClass.NU && b is BreakClass.AL or BreakClass.HL)
            return BreakAction.None;
        if (a == BreakClass.PR && b is BreakClass.ID or BreakClass.EB or BreakClass.EM || a is BreakClass.ID or BreakClass.EB or BreakClass.EM && b == BreakClass.PO)
            return BreakAction.None;
        if (a is BreakClass.PR or BreakClass.PO && b is BreakClass.AL or BreakClass.HL || a is BreakClass.AL or BreakClass.HL && b is BreakClass.PR or BreakClass.PO)
            return BreakAction.None;

        // LB25, as tailored by example 7: (PR | PO)? (OP | HY)? NU (NU | SY | IS)* (CL | CP)? (PR | PO)? is not broken.
        if (a is BreakClass.PR or BreakClass.PO && (b == BreakClass.NU || b is BreakClass.OP or BreakClass.HY && Next(eff, merged, k) == BreakClass.NU))
            return BreakAction.None;
        if (a is BreakClass.OP or BreakClass.HY && b == BreakClass.NU)
            return BreakAction.None;
        if (b is BreakClass.NU or BreakClass.SY or BreakClass.IS or BreakClass.CL or BreakClass.CP && EndsNumber(eff, k - 1))
            return BreakAction.None;
        if (b is BreakClass.PO or BreakClass.PR)
        {
            var end = k - 1;
            if (a is BreakClass.CL or BreakClass.CP)
            {
                end = BaseOf(merged, k - 1) - 1;
            }

            if (end >= 0 && EndsNumber(eff, end))
                return BreakAction.None;
        }

        // LB26, LB27
        if (a == BreakClass.JL && b is BreakClass.JL or BreakClass.JV or BreakClass.H2 or BreakClass.H3)
            return BreakAction.None;
        if (a is BreakClass.JV or BreakClass.H2 && b is BreakClass.JV or BreakClass.JT)
            return BreakAction.None;
        if (a is BreakClass.JT or BreakClass.H3 && b == BreakClass.JT)
            return BreakAction.None;
        if (a is BreakClass.JL or BreakClass.JV or BreakClass.JT or BreakClass.H2 or BreakClass.H3 && b == BreakClass.PO)
            return BreakAction.None;
        if (a == BreakClass.PR && b is BreakClass.JL or BreakClass.JV or BreakClass.JT or BreakClass.H2 or BreakClass.H3)
            return BreakAction.None;

        // LB28, LB29, LB30
        if (a is BreakClass.AL or BreakClass.HL && b is BreakClass.AL or BreakClass.HL)
            return BreakAction.None;
        if (a == BreakClass.IS && b is BreakClass.AL or BreakClass.HL)
            return BreakAction.None;
        if (a is BreakClass.AL or BreakClass.HL or BreakClass.NU && b == BreakClass.OP && !flag[k])
            return BreakAction.None;
        if (a == BreakClass.CP && !flag[k - 1] && b is BreakClass.AL or BreakClass.HL or BreakClass.NU)
            return BreakAction.None;

        // LB30a: regional indicators pair up.
        if (a == BreakClass.RI && b == BreakClass.RI)
        {
            var count = 0;
            for (var p = k - 1; p >= 0 && eff[p] == BreakClass.RI; p--)
            {
                if (!merged[p])
                    count++;
            }

            if (count % 2 == 1)
                return BreakAction.None;
        }

        // LB30b
        if (b == BreakClass.EM && (a == BreakClass.EB || flag[k - 1] && a is not (BreakClass.OP or BreakClass.CP)))
            return BreakAction.None;

        return BreakAction.Allowed; // LB31
    }

    /// <summary>Whether the text ending at <paramref name="end"/> matches NU (NU | SY | IS)*.</summary>
    private static bool EndsNumber(BreakClass[] eff, int end)
    {
        for (var p = end; p >= 0 && eff[p] is BreakClass.NU or BreakClass.SY or BreakClass.IS; p--)
        {
            if (eff[p] == BreakClass.NU)
                return true;
        }

        return false;
    }

    private static int BaseOf(bool[] merged, int k)
    {
        while (k > 0 && merged[k])
            k--;
        return k;
    }

    private static BreakClass? Previous(BreakClass[] eff, bool[] merged, int k)
    {
        var baseIndex = BaseOf(merged, k);
        return baseIndex > 0 ? eff[baseIndex - 1] : null;
    }

    private static BreakClass? Next(BreakClass[] eff, bool[] merged, int k)
    {
        var p = k + 1;
        while (p < eff.Length && merged[p])
            p++;
        return p < eff.Length ? eff[p] : null;
    }

    /// <summary>T1 and T2 (see the class summary): true when an allowed break before code point k is withdrawn.</summary>
    private static bool Tailored(string text, List<int> starts, BreakClass[] cls, BreakClass[] eff, int k)
    {
        var c = text[starts[k]];
        if (c is '»' or '›')
            return true;
        var p = k - 1;
        while (p >= 0 && cls[p] == BreakClass.SP)
            p--;
        if (p >= 0 && text[starts[p]] is '«' or '‹')
            return true;

        if (eff[k - 1] == BreakClass.HY && eff[k] is BreakClass.AL or BreakClass.HL or BreakClass.NU && k >= 2
            && eff[k - 2] is BreakClass.AL or BreakClass.HL or BreakClass.NU)
        {
            // A code between capitals or digits (REF-ORD, UPE-SK): not broken.
            var left = text[starts[k - 2]];
            var right = text[starts[k]];
            if ((char.IsUpper(left) || char.IsAsciiDigit(left)) && (char.IsUpper(right) || char.IsAsciiDigit(right)))
                return true;

            // The word around the hyphen: up to the spaces on either side.
            for (var q = k - 1; q >= 0 && !IsWordEnd(cls[q]); q--)
            {
                if (eff[q] == BreakClass.NU)
                    return true;
            }

            for (var q = k; q < cls.Length && !IsWordEnd(cls[q]); q++)
            {
                if (eff[q] == BreakClass.NU)
                    return true;
            }
        }

        return false;
    }

    private static bool IsWordEnd(BreakClass c) => c is BreakClass.SP or BreakClass.BK or BreakClass.CR or BreakClass.LF or BreakClass.NL or BreakClass.ZW;
}
