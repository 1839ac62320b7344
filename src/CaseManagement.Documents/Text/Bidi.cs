using System.Globalization;

namespace CaseManagement.Documents.Text;

/// <summary>The bidirectional character types of UAX #9 that this library distinguishes.</summary>
public enum BidiType : byte
{
    L,
    R,
    AL,
    EN,
    ES,
    ET,
    AN,
    CS,
    NSM,
    BN,
    B,
    S,
    WS,
    ON,
}

public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}

/// <summary>
/// A compact implementation of the Unicode Bidirectional Algorithm (UAX #9) for one paragraph level, without explicit
/// embeddings (LRM and RLM count as strong characters): weak types W1–W7, neutrals N1–N2, implicit levels I1–I2,
/// trailing whitespace L1, and reordering L2. It is what HarfBuzz does not do: HarfBuzz shapes a run in one direction.
/// </summary>
public static class Bidi
{
    public static BidiType TypeOf(char c) => c switch
    {
        '\u200E' => BidiType.L, // LRM
        '\u200F' => BidiType.R, // RLM
        '\u061C' => BidiType.AL, // ALM
        '\n' or '\r' or '\u2029' or '\u001C' or '\u001D' or '\u001E' or '\u0085' => BidiType.B,
        '\t' or '\u000B' or '\u001F' => BidiType.S,
        ' ' or '\f' or '\u2028' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u205F' or '\u3000' => BidiType.WS,
        (>= '0' and <= '9') or (>= '\u06F0' and <= '\u06F9') or '\u00B2' or '\u00B3' or '\u00B9' => BidiType.EN,
        (>= '\u0660' and <= '\u0669') or '\u066B' or '\u066C' or (>= '\u0600' and <= '\u0605') => BidiType.AN,
        '+' or '-' or '\u2212' => BidiType.ES,
        '#' or '$' or '%' or '\u00B0' or '\u2030' or '\u066A' or (>= '\u00A2' and <= '\u00A5') or '\u20AC' => BidiType.ET,
        ',' or '.' or '/' or ':' or '\u00A0' or '\u060C' => BidiType.CS,
        '\u200B' or '\u200C' or '\u200D' or '\u00AD' or '\uFEFF' => BidiType.BN,
        _ => Classify(c),
    };

    private static BidiType Classify(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            return BidiType.NSM;
        if (c is (>= '\u0590' and <= '\u05FF') or (>= '\u07C0' and <= '\u085F') or (>= '\uFB1D' and <= '\uFB4F'))
            return BidiType.R;
        if (c is (>= '\u0600' and <= '\u07BF') or (>= '\u0860' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            return BidiType.AL;
        if (category is UnicodeCategory.CurrencySymbol)
            return BidiType.ET;
        return char.IsLetter(c) || category is UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber ? BidiType.L : BidiType.ON;
    }

    /// <summary>The direction of the first strong character (P2–P3), or <paramref name="fallback"/> when there is none.</summary>
    public static TextDirection DirectionOf(string text, TextDirection fallback = TextDirection.LeftToRight)
    {
        foreach (var c in text)
        {
            switch (TypeOf(c))
            {
                case BidiType.L: return TextDirection.LeftToRight;
                case BidiType.R or BidiType.AL: return TextDirection.RightToLeft;
            }
        }

        return fallback;
    }

    /// <summary>The embedding level of each character of one line (0 = left to right, odd = right to left).</summary>
    public static byte[] Levels(string line, TextDirection paragraph)
    {
        var n = line.Length;
        var baseLevel = (byte)(paragraph == TextDirection.RightToLeft ? 1 : 0);
        var sos = baseLevel == 1 ? BidiType.R : BidiType.L;
        var types = new BidiType[n];
        for (var i = 0; i < n; i++)
            types[i] = TypeOf(line[i]);
        var original = (BidiType[])types.Clone();

        // W1: a non-spacing mark takes the type of what precedes it (ON after an isolate is not handled: none here).
        for (var i = 0; i < n; i++)
        {
            if (types[i] == BidiType.NSM)
                types[i] = i == 0 ? sos : types[i - 1] is BidiType.BN ? sos : types[i - 1];
        }

        // W2: European numbers after Arabic letters are Arabic numbers. W3: AL becomes R.
        var lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            switch (types[i])
            {
                case BidiType.L or BidiType.R or BidiType.AL:
                    lastStrong = types[i];
                    break;
                case BidiType.EN when lastStrong == BidiType.AL:
                    types[i] = BidiType.AN;
                    break;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (types[i] == BidiType.AL)
                types[i] = BidiType.R;
        }

        // W4: one separator between two numbers of the same kind joins them.
        for (var i = 1; i < n - 1; i++)
        {
            if (types[i] == BidiType.ES && types[i - 1] == BidiType.EN && types[i + 1] == BidiType.EN)
                types[i] = BidiType.EN;
            else if (types[i] == BidiType.CS && types[i - 1] == types[i + 1] && types[i - 1] is BidiType.EN or BidiType.AN)
                types[i] = types[i - 1];
        }

        // W5: terminators (%, $, °) next to European numbers belong to them.
        for (var i = 0; i < n; i++)
        {
            if (types[i] != BidiType.ET)
                continue;
            var end = i;
            while (end < n && types[end] == BidiType.ET)
                end++;
            var touchesNumber = (i > 0 && types[i - 1] == BidiType.EN) || (end < n && types[end] == BidiType.EN);
            if (touchesNumber)
            {
                for (var k = i; k < end; k++)
                    types[k] = BidiType.EN;
            }

            i = end - 1;
        }

        // W6: what is left of separators and terminators is neutral.
        for (var i = 0; i < n; i++)
        {
            if (types[i] is BidiType.ES or BidiType.ET or BidiType.CS or BidiType.BN)
                types[i] = BidiType.ON;
        }

        // W7: European numbers in a left-to-right context are left to right.
        lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (types[i] is BidiType.L or BidiType.R)
                lastStrong = types[i];
            else if (types[i] == BidiType.EN && lastStrong == BidiType.L)
                types[i] = BidiType.L;
        }

        // N1–N2: neutrals between two strong runs of the same direction take it; otherwise the paragraph's.
        for (var i = 0; i < n; i++)
        {
            if (!IsNeutral(types[i]))
                continue;
            var end = i;
            while (end < n && IsNeutral(types[end]))
                end++;
            var before = i == 0 ? sos : AsStrong(types[i - 1]);
            var after = end == n ? sos : AsStrong(types[end]);
            var resolved = before == after ? before : (baseLevel == 1 ? BidiType.R : BidiType.L);
            for (var k = i; k < end; k++)
                types[k] = resolved;
            i = end - 1;
        }

        // I1–I2: implicit levels.
        var levels = new byte[n];
        for (var i = 0; i < n; i++)
        {
            levels[i] = (byte)(baseLevel == 0
                ? types[i] switch { BidiType.R => 1, BidiType.AN or BidiType.EN => 2, _ => 0 }
                : types[i] switch { BidiType.L or BidiType.EN or BidiType.AN => 2, _ => 1 });
        }

        // L1: trailing whitespace and separators go back to the paragraph level.
        for (var i = n - 1; i >= 0 && original[i] is BidiType.WS or BidiType.S or BidiType.B or BidiType.BN; i--)
            levels[i] = baseLevel;
        for (var i = 0; i < n; i++)
        {
            if (original[i] is BidiType.S or BidiType.B)
            {
                levels[i] = baseLevel;
                for (var k = i - 1; k >= 0 && original[k] is BidiType.WS or BidiType.BN; k--)
                    levels[k] = baseLevel;
            }
        }

        return levels;
    }

    /// <summary>L2: the logical indexes in the order they are displayed, left to right.</summary>
    public static int[] VisualOrder(byte[] levels)
    {
        var order = Enumerable.Range(0, levels.Length).ToArray();
        if (levels.Length == 0)
            return order;
        var highest = levels.Max();
        var lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty((byte)(highest + 1)).Min();
        for (var level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < order.Length; i++)
            {
                if (levels[order[i]] < level)
                    continue;
                var end = i;
                while (end < order.Length && levels[order[end]] >= level)
                    end++;
                Array.Reverse(order, i, end - i);
                i = end - 1;
            }
        }

        return order;
    }

    /// <summary>The line as displayed, left to right (characters only; shaping and mirroring come later).</summary>
    public static string Visual(string line, TextDirection paragraph)
    {
        var order = VisualOrder(Levels(line, paragraph));
        return string.Create(line.Length, (line, order), (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = state.line[state.order[i]];
        });
    }

    /// <summary>Runs of equal level in visual order: each is shaped in one direction.</summary>
    public static IReadOnlyList<(int Start, int Length, bool RightToLeft)> VisualRuns(string line, TextDirection paragraph)
    {
        var levels = Levels(line, paragraph);
        var runs = new List<(int Start, int Length, byte Level)>();
        for (var i = 0; i < levels.Length;)
        {
            var end = i;
            while (end < levels.Length && levels[end] == levels[i])
                end++;
            runs.Add((i, end - i, levels[i]));
            i = end;
        }

        // Reorder whole runs with L2 applied to run levels.
        var order = VisualOrder(runs.Select(r => r.Level).ToArray());
        return order.Select(i => (runs[i].Start, runs[i].Length, runs[i].Level % 2 == 1)).ToList();
    }

    private static bool IsNeutral(BidiType type) => type is BidiType.ON or BidiType.WS or BidiType.S or BidiType.B;

    private static BidiType AsStrong(BidiType type) => type is BidiType.L ? BidiType.L : BidiType.R; // EN and AN count as R (N1)
}
