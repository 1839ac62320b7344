
namespace CaseManagement.Documents.Text.Unicode;

/// <summary>The line-break classes of UAX #14 after rule LB1 (AI, SG, XX → AL; SA → CM or AL; CJ → NS).</summary>
internal enum BreakClass : byte
{
    BK, CR, LF, CM, NL, WJ, ZW, GL, SP, ZWJ, B2, BA, BB, HY, CB, CL, CP, EX, IN, NS, OP, QU, IS, NU, PO, PR, SY, AL, EB, EM,
    H2, H3, HL, ID, JL, JT, JV, RI,
}

internal static class BreakClasses
{
    /// <summary>Set on OP and CP with East Asian width F, W or H (LB30) and on unassigned Extended_Pictographic (LB30b).</summary>
    public const byte Flag = 0x40;
}

/// <summary>
/// Character properties from the generated tables (<c>UnicodeTables.g.cs</c>): the Basic Multilingual Plane is
/// expanded once into a direct table, other planes are found by binary search over the ranges.
/// </summary>
internal static partial class UnicodeTables
{
    private static readonly byte[] BidiBmp = Expand(BidiStarts, BidiValues);
    private static readonly byte[] BreakBmp = Expand(BreakStarts, BreakValues);

    public static BidiType Bidi(int codePoint) =>
        (BidiType)((uint)codePoint < 0x10000 ? BidiBmp[codePoint] : Find(BidiStarts, BidiValues, codePoint));

    /// <summary>The line-break class, with <see cref="BreakClasses.Flag"/> where LB30 or LB30b need it.</summary>
    public static byte Break(int codePoint) =>
        (uint)codePoint < 0x10000 ? BreakBmp[codePoint] : Find(BreakStarts, BreakValues, codePoint);

    private static readonly Dictionary<int, int> BracketKeys = BuildBracketKeys();

    /// <summary>
    /// For a paired bracket (BD14–BD16): the canonical form of the pair's opening bracket, positive for an opening
    /// bracket and negative for a closing one, so U+2329 and U+3008 (and their closers) make one pair. Zero otherwise.
    /// </summary>
    public static int BracketKey(int codePoint) => BracketKeys.GetValueOrDefault(codePoint);

    private static Dictionary<int, int> BuildBracketKeys()
    {
        var keys = new Dictionary<int, int>();
        var pairs = BracketPairs;
        for (var i = 0; i < pairs.Length; i += 4)
        {
            keys[pairs[i]] = pairs[i + 2];
            keys[pairs[i + 1]] = -pairs[i + 2];
        }

        return keys;
    }

    /// <summary>The bidi class of each UTF-16 unit of <paramref name="text"/> (both halves of a pair get the code point's).</summary>
    public static void BidiClasses(ReadOnlySpan<char> text, Span<BidiType> types)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                types[i] = types[i + 1] = Bidi(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                types[i] = (BidiType)BidiBmp[text[i]];
            }
        }
    }

    /// <summary>Code point at <paramref name="index"/> (a lone surrogate stands for itself).</summary>
    public static int CodePointAt(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];

    private static byte Find(ReadOnlySpan<int> starts, ReadOnlySpan<byte> values, int codePoint)
    {
        var index = starts.BinarySearch(codePoint);
        return values[index >= 0 ? index : ~index - 1];
    }

    private static byte[] Expand(ReadOnlySpan<int> starts, ReadOnlySpan<byte> values)
    {
        var table = new byte[0x10000];
        for (var i = 0; i < starts.Length && starts[i] < 0x10000; i++)
        {
            var end = i + 1 < starts.Length ? Math.Min(starts[i + 1], 0x10000) : 0x10000;
            table.AsSpan(starts[i], end - starts[i]).Fill(values[i]);
        }

        return table;
    }
}
