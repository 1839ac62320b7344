using CaseManagement.Documents.Text.Unicode;

namespace CaseManagement.Documents.Text;

/// <summary>The bidirectional character types of UAX #9 (Bidi_Class).</summary>
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
    LRE,
    LRO,
    RLE,
    RLO,
    PDF,
    LRI,
    RLI,
    FSI,
    PDI,
}

public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9, the version of the generated tables): paragraph level (P2–P3),
/// explicit embeddings, overrides and isolates (X1–X10), weak types (W1–W7), paired brackets (N0), neutrals (N1–N2)
/// and implicit levels (I1–I2) are resolved once per paragraph; <see cref="LineLevels"/> applies L1 to one line of it
/// and <see cref="VisualOrder"/> reorders it (L2). Characters removed by X9 (embedding controls, BN) get the level of
/// the character before them, so a ZWJ or ZWNJ never splits a run that is shaped together.
/// HarfBuzz shapes a run in one direction; this is what decides the runs.
/// </summary>
public static class Bidi
{
    private const int MaxDepth = 125;

    public static BidiType TypeOf(char c) => UnicodeTables.Bidi(c);

    public static BidiType TypeOf(int codePoint) => UnicodeTables.Bidi(codePoint);

    /// <summary>The direction of the first strong character outside isolates (P2–P3), or <paramref name="fallback"/> when there is none.</summary>
    public static TextDirection DirectionOf(string text, TextDirection fallback = TextDirection.LeftToRight)
    {
        var types = new BidiType[text.Length];
        UnicodeTables.BidiClasses(text, types);
        return FirstStrong(types, 0, types.Length) switch
        {
            0 => TextDirection.LeftToRight,
            1 => TextDirection.RightToLeft,
            _ => fallback,
        };
    }

    /// <summary>
    /// Resolves the levels of a text of one or more paragraphs (separated by type B characters), all at one paragraph
    /// level: <paramref name="direction"/>'s, or else that of the text's first strong character outside isolates
    /// (P2–P3, <paramref name="fallback"/> when there is none), which <see cref="BidiParagraph.Direction"/> gives back.
    /// </summary>
    public static BidiParagraph Resolve(string text, TextDirection? direction, TextDirection fallback = TextDirection.LeftToRight)
    {
        var types = new BidiType[text.Length];
        UnicodeTables.BidiClasses(text, types);
        var level = direction switch
        {
            TextDirection.LeftToRight => 0,
            TextDirection.RightToLeft => 1,
            _ => FirstStrong(types, 0, types.Length) is var first and >= 0 ? first : fallback == TextDirection.RightToLeft ? 1 : 0,
        };

        // Most paragraphs of a French document hold nothing right to left: every level is 0, nothing to resolve.
        var leftToRightOnly = true;
        foreach (var type in types)
        {
            if (type is BidiType.R or BidiType.AL or BidiType.AN or >= BidiType.LRE || type == BidiType.B)
            {
                leftToRightOnly = false;
                break;
            }
        }

        if (leftToRightOnly && level == 0)
            return new BidiParagraph(types, new byte[text.Length], 0);

        var keys = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (types[i] == BidiType.ON)
                keys[i] = UnicodeTables.BracketKey(UnicodeTables.CodePointAt(text, i));
        }

        var levels = ResolveLevels(types, keys, level, out var baseLevel);
        return new BidiParagraph(types, levels, baseLevel);
    }

    /// <summary>
    /// X1–I2 over <paramref name="types"/>. <paramref name="paragraphLevel"/>: 0 or 1, or −1 (−2) to take it from the
    /// first strong character with left-to-right (right-to-left) when there is none. <paramref name="brackets"/> holds
    /// <see cref="UnicodeTables.BracketKey"/> per character. Returns a level for every character; those removed by X9
    /// take the level of the one before them.
    /// </summary>
    internal static byte[] ResolveLevels(ReadOnlySpan<BidiType> types, ReadOnlySpan<int> brackets, int paragraphLevel, out byte firstParagraphLevel)
    {
        var levels = new byte[types.Length];
        firstParagraphLevel = 0;
        var start = 0;
        var first = true;
        do
        {
            var end = start;
            while (end < types.Length && types[end] != BidiType.B)
                end++;
            if (end < types.Length)
                end++; // the separator belongs to the paragraph it ends
            var level = new ParagraphResolver(types[start..end].ToArray(), brackets[start..end].ToArray(), paragraphLevel)
                .Resolve(levels.AsSpan(start, end - start));
            if (first)
                firstParagraphLevel = level;
            first = false;
            start = end;
        }
        while (start < types.Length);

        return levels;
    }

    /// <summary>L1 for the line [start, end) of a resolved paragraph: separators and the whitespace before them and at the line's end go back to the paragraph level.</summary>
    public static byte[] LineLevels(BidiParagraph paragraph, int start, int end)
    {
        var levels = paragraph.Levels.AsSpan(start, end - start).ToArray();
        var types = paragraph.Types.AsSpan(start, end - start);
        var trailing = true;
        for (var i = levels.Length - 1; i >= 0; i--)
        {
            var type = types[i];
            if (type is BidiType.S or BidiType.B)
            {
                levels[i] = paragraph.BaseLevel;
                trailing = true;
            }
            else if (IsWhitespaceForL1(type))
            {
                if (trailing)
                    levels[i] = paragraph.BaseLevel;
            }
            else
            {
                trailing = false;
            }
        }

        return levels;
    }

    /// <summary>The embedding level of each character of one paragraph shown as a single line (L1 applied).</summary>
    public static byte[] Levels(string line, TextDirection paragraph)
    {
        var resolved = Resolve(line, paragraph);
        return LineLevels(resolved, 0, line.Length);
    }

    /// <summary>L2: the logical indexes in the order they are displayed, left to right.</summary>
    public static int[] VisualOrder(ReadOnlySpan<byte> levels)
    {
        var order = new int[levels.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        if (levels.Length == 0)
            return order;
        byte highest = 0, lowestOdd = byte.MaxValue;
        foreach (var level in levels)
        {
            highest = Math.Max(highest, level);
            if (level % 2 == 1)
                lowestOdd = Math.Min(lowestOdd, level);
        }

        for (int level = highest; level >= lowestOdd && level > 0; level--)
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

        var order = VisualOrder(runs.Select(r => r.Level).ToArray());
        return order.Select(i => (runs[i].Start, runs[i].Length, runs[i].Level % 2 == 1)).ToList();
    }

    internal static bool IsRemovedByX9(BidiType type) =>
        type is BidiType.LRE or BidiType.RLE or BidiType.LRO or BidiType.RLO or BidiType.PDF or BidiType.BN;

    private static bool IsIsolateInitiator(BidiType type) => type is BidiType.LRI or BidiType.RLI or BidiType.FSI;

    private static bool IsWhitespaceForL1(BidiType type) =>
        type is BidiType.WS or BidiType.LRI or BidiType.RLI or BidiType.FSI or BidiType.PDI || IsRemovedByX9(type);

    /// <summary>P2–P3 over [start, end): 0 or 1 for the first L or R/AL outside isolates, −1 for none.</summary>
    private static int FirstStrong(ReadOnlySpan<BidiType> types, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            switch (types[i])
            {
                case BidiType.L when depth == 0:
                    return 0;
                case BidiType.R or BidiType.AL when depth == 0:
                    return 1;
                case BidiType.LRI or BidiType.RLI or BidiType.FSI:
                    depth++;
                    break;
                case BidiType.PDI when depth > 0:
                    depth--;
                    break;
                case BidiType.B:
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>One paragraph: X1–X10 then, per isolating run sequence, W1–W7, N0, N1–N2 and I1–I2.</summary>
    private sealed class ParagraphResolver(BidiType[] initial, int[] brackets, int requestedLevel)
    {
        private readonly BidiType[] types = (BidiType[])initial.Clone();
        private int[] matchingPdi = [];
        private bool[] matchedPdi = [];
        private byte[] levels = [];
        private byte[] embeddingLevels = [];
        private byte paragraphLevel;

        public byte Resolve(Span<byte> output)
        {
            var n = initial.Length;
            levels = new byte[n];
            var first = FirstStrong(initial, 0, n);
            paragraphLevel = (byte)(requestedLevel >= 0 ? requestedLevel : first >= 0 ? first : requestedLevel == -2 ? 1 : 0);
            var explicitFormatting = Array.Exists(initial, t => t >= BidiType.LRE);
            if (explicitFormatting)
            {
                MatchIsolates();
                Explicit();
                embeddingLevels = (byte[])levels.Clone();
                foreach (var sequence in IsolatingRunSequences())
                    ResolveSequence(sequence);
            }
            else
            {
                // No embeddings or isolates: one level run, one isolating run sequence of what X9 keeps.
                Array.Fill(levels, paragraphLevel);
                embeddingLevels = levels;
                var kept = new List<int>(n);
                for (var i = 0; i < n; i++)
                {
                    if (!IsRemovedByX9(initial[i]))
                        kept.Add(i);
                }

                if (kept.Count > 0)
                {
                    embeddingLevels = (byte[])levels.Clone();
                    ResolveSequence(kept.ToArray());
                }
            }

            // Characters removed by X9 take the level of the one before them (the paragraph's at the start).
            var previous = paragraphLevel;
            for (var i = 0; i < n; i++)
            {
                if (IsRemovedByX9(initial[i]))
                    levels[i] = previous;
                else
                    previous = levels[i];
            }

            levels.CopyTo(output);
            return paragraphLevel;
        }

        /// <summary>BD9: each isolate initiator's matching PDI (or the paragraph's end).</summary>
        private void MatchIsolates()
        {
            var open = new Stack<int>();
            matchingPdi = new int[initial.Length];
            matchedPdi = new bool[initial.Length];
            Array.Fill(matchingPdi, initial.Length);
            for (var i = 0; i < initial.Length; i++)
            {
                if (IsIsolateInitiator(initial[i]))
                {
                    open.Push(i);
                }
                else if (initial[i] == BidiType.PDI && open.Count > 0)
                {
                    matchingPdi[open.Pop()] = i;
                    matchedPdi[i] = true;
                }
            }
        }

        /// <summary>X1–X8: the directional status stack.</summary>
        private void Explicit()
        {
            var stackLevel = new byte[MaxDepth + 2];
            var stackOverride = new BidiType?[MaxDepth + 2];
            var stackIsolate = new bool[MaxDepth + 2];
            var depth = 0;
            stackLevel[0] = paragraphLevel;
            int overflowIsolates = 0, overflowEmbeddings = 0, validIsolates = 0;

            for (var i = 0; i < initial.Length; i++)
            {
                var type = initial[i];
                var top = stackLevel[depth];
                switch (type)
                {
                    case BidiType.RLE or BidiType.LRE or BidiType.RLO or BidiType.LRO:
                    {
                        var rtl = type is BidiType.RLE or BidiType.RLO;
                        var level = rtl ? (top + 1) | 1 : (top + 2) & ~1;
                        levels[i] = top;
                        if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        {
                            depth++;
                            stackLevel[depth] = (byte)level;
                            stackOverride[depth] = type switch { BidiType.RLO => BidiType.R, BidiType.LRO => BidiType.L, _ => null };
                            stackIsolate[depth] = false;
                        }
                        else if (overflowIsolates == 0)
                        {
                            overflowEmbeddings++;
                        }

                        break;
                    }

                    case BidiType.RLI or BidiType.LRI or BidiType.FSI:
                    {
                        levels[i] = top;
                        if (stackOverride[depth] is { } forced)
                            types[i] = forced;
                        var rtl = type == BidiType.RLI || (type == BidiType.FSI && FirstStrong(initial, i + 1, matchingPdi[i]) == 1);
                        var level = rtl ? (top + 1) | 1 : (top + 2) & ~1;
                        if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        {
                            validIsolates++;
                            depth++;
                            stackLevel[depth] = (byte)level;
                            stackOverride[depth] = null;
                            stackIsolate[depth] = true;
                        }
                        else
                        {
                            overflowIsolates++;
                        }

                        break;
                    }

                    case BidiType.PDI:
                        if (overflowIsolates > 0)
                        {
                            overflowIsolates--;
                        }
                        else if (validIsolates > 0)
                        {
                            overflowEmbeddings = 0;
                            while (!stackIsolate[depth])
                                depth--;
                            depth--;
                            validIsolates--;
                        }

                        levels[i] = stackLevel[depth];
                        if (stackOverride[depth] is { } overridden)
                            types[i] = overridden;
                        break;

                    case BidiType.PDF:
                        levels[i] = top;
                        if (overflowIsolates > 0)
                        {
                        }
                        else if (overflowEmbeddings > 0)
                        {
                            overflowEmbeddings--;
                        }
                        else if (!stackIsolate[depth] && depth >= 1)
                        {
                            depth--;
                        }

                        break;

                    case BidiType.B:
                        levels[i] = paragraphLevel;
                        break;

                    case BidiType.BN:
                        levels[i] = top;
                        break;

                    default:
                        levels[i] = top;
                        if (stackOverride[depth] is { } value)
                            types[i] = value;
                        break;
                }
            }
        }

        /// <summary>X10 and BD13: level runs of the characters X9 keeps, chained across matching isolates.</summary>
        private List<int[]> IsolatingRunSequences()
        {
            var runs = new List<List<int>>();
            var runOf = new int[initial.Length];
            List<int>? current = null;
            var currentLevel = -1;
            for (var i = 0; i < initial.Length; i++)
            {
                if (IsRemovedByX9(initial[i]))
                    continue;
                if (current is null || levels[i] != currentLevel)
                {
                    current = [];
                    runs.Add(current);
                    currentLevel = levels[i];
                }

                current.Add(i);
                runOf[i] = runs.Count - 1;
            }

            var sequences = new List<int[]>();
            foreach (var run in runs)
            {
                if (initial[run[0]] == BidiType.PDI && matchedPdi[run[0]])
                    continue; // continues the sequence of its isolate initiator
                var sequence = new List<int>(run);
                var last = run[^1];
                while (IsIsolateInitiator(initial[last]) && matchingPdi[last] < initial.Length)
                {
                    var next = runs[runOf[matchingPdi[last]]];
                    sequence.AddRange(next);
                    last = next[^1];
                }

                sequences.Add(sequence.ToArray());
            }

            return sequences;
        }

        private void ResolveSequence(int[] indexes)
        {
            var count = indexes.Length;
            var level = levels[indexes[0]];
            var st = new BidiType[count];
            for (var k = 0; k < count; k++)
                st[k] = types[indexes[k]];
            var beforeW1 = (BidiType[])st.Clone();

            var before = indexes[0] - 1;
            while (before >= 0 && IsRemovedByX9(initial[before]))
                before--;
            var sos = Direction(Math.Max(level, before >= 0 ? embeddingLevels[before] : paragraphLevel));
            var lastIndex = indexes[^1];
            int eosLevel;
            if (IsIsolateInitiator(initial[lastIndex]))
            {
                eosLevel = paragraphLevel;
            }
            else
            {
                var after = lastIndex + 1;
                while (after < initial.Length && IsRemovedByX9(initial[after]))
                    after++;
                eosLevel = after < initial.Length ? embeddingLevels[after] : paragraphLevel;
            }

            var eos = Direction(Math.Max(level, eosLevel));

            // W1
            for (var k = 0; k < count; k++)
            {
                if (st[k] == BidiType.NSM)
                    st[k] = k == 0 ? sos : st[k - 1] is BidiType.LRI or BidiType.RLI or BidiType.FSI or BidiType.PDI ? BidiType.ON : st[k - 1];
            }

            // W2, W3
            var lastStrong = sos;
            for (var k = 0; k < count; k++)
            {
                switch (st[k])
                {
                    case BidiType.L or BidiType.R:
                        lastStrong = st[k];
                        break;
                    case BidiType.AL:
                        lastStrong = BidiType.AL;
                        st[k] = BidiType.R;
                        break;
                    case BidiType.EN when lastStrong == BidiType.AL:
                        st[k] = BidiType.AN;
                        break;
                }
            }

            // W4
            for (var k = 1; k < count - 1; k++)
            {
                if (st[k] == BidiType.ES && st[k - 1] == BidiType.EN && st[k + 1] == BidiType.EN)
                    st[k] = BidiType.EN;
                else if (st[k] == BidiType.CS && st[k - 1] == st[k + 1] && st[k - 1] is BidiType.EN or BidiType.AN)
                    st[k] = st[k - 1];
            }

            // W5
            for (var k = 0; k < count; k++)
            {
                if (st[k] != BidiType.ET)
                    continue;
                var end = k;
                while (end < count && st[end] == BidiType.ET)
                    end++;
                if ((k > 0 && st[k - 1] == BidiType.EN) || (end < count && st[end] == BidiType.EN))
                    st.AsSpan(k, end - k).Fill(BidiType.EN);
                k = end - 1;
            }

            // W6, W7
            lastStrong = sos;
            for (var k = 0; k < count; k++)
            {
                switch (st[k])
                {
                    case BidiType.ES or BidiType.ET or BidiType.CS:
                        st[k] = BidiType.ON;
                        break;
                    case BidiType.L or BidiType.R:
                        lastStrong = st[k];
                        break;
                    case BidiType.EN when lastStrong == BidiType.L:
                        st[k] = BidiType.L;
                        break;
                }
            }

            PairedBrackets(indexes, st, beforeW1, level, sos);

            // N1, N2
            var embedding = Direction(level);
            for (var k = 0; k < count; k++)
            {
                if (!IsNeutralOrIsolate(st[k]))
                    continue;
                var end = k;
                while (end < count && IsNeutralOrIsolate(st[end]))
                    end++;
                var leading = k == 0 ? sos : StrongForNeutrals(st[k - 1]);
                var trailing = end == count ? eos : StrongForNeutrals(st[end]);
                st.AsSpan(k, end - k).Fill(leading == trailing ? leading : embedding);
                k = end - 1;
            }

            // I1, I2
            for (var k = 0; k < count; k++)
            {
                var even = level % 2 == 0;
                levels[indexes[k]] = (byte)(level + (even
                    ? st[k] switch { BidiType.R => 1, BidiType.AN or BidiType.EN => 2, _ => 0 }
                    : st[k] is BidiType.L or BidiType.EN or BidiType.AN ? 1 : 0));
            }
        }

        /// <summary>BD16 and N0: bracket pairs take the direction of what they enclose or, failing that, of their context.</summary>
        private void PairedBrackets(int[] indexes, BidiType[] st, BidiType[] beforeW1, byte level, BidiType sos)
        {
            List<(int Open, int Close)>? pairs = null;
            Span<int> stackKey = stackalloc int[63];
            Span<int> stackAt = stackalloc int[63];
            var depth = 0;
            for (var k = 0; k < indexes.Length; k++)
            {
                var key = brackets[indexes[k]];
                if (key == 0 || st[k] != BidiType.ON)
                    continue;
                if (key > 0)
                {
                    if (depth == 63)
                        break;
                    stackKey[depth] = key;
                    stackAt[depth] = k;
                    depth++;
                }
                else
                {
                    for (var s = depth - 1; s >= 0; s--)
                    {
                        if (stackKey[s] != -key)
                            continue;
                        (pairs ??= []).Add((stackAt[s], k));
                        depth = s;
                        break;
                    }
                }
            }

            if (pairs is null)
                return;
            pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
            var embedding = Direction(level);
            foreach (var (open, close) in pairs)
            {
                var foundEmbedding = false;
                var foundOpposite = false;
                for (var k = open + 1; k < close && !foundEmbedding; k++)
                {
                    var strong = StrongForBrackets(st[k]);
                    if (strong == embedding)
                        foundEmbedding = true;
                    else if (strong is not null)
                        foundOpposite = true;
                }

                BidiType resolved;
                if (foundEmbedding)
                {
                    resolved = embedding;
                }
                else if (foundOpposite)
                {
                    var context = sos;
                    for (var k = open - 1; k >= 0; k--)
                    {
                        if (StrongForBrackets(st[k]) is { } strong)
                        {
                            context = strong;
                            break;
                        }
                    }

                    resolved = context != embedding ? context : embedding;
                }
                else
                {
                    continue;
                }

                st[open] = st[close] = resolved;
                for (var k = open + 1; k < close && beforeW1[k] == BidiType.NSM; k++)
                    st[k] = resolved;
                for (var k = close + 1; k < st.Length && beforeW1[k] == BidiType.NSM; k++)
                    st[k] = resolved;
            }
        }

        private static BidiType Direction(int level) => level % 2 == 0 ? BidiType.L : BidiType.R;

        private static BidiType? StrongForBrackets(BidiType type) => type switch
        {
            BidiType.L => BidiType.L,
            BidiType.R or BidiType.AL or BidiType.EN or BidiType.AN => BidiType.R,
            _ => null,
        };

        private static BidiType StrongForNeutrals(BidiType type) => type == BidiType.L ? BidiType.L : BidiType.R;

        private static bool IsNeutralOrIsolate(BidiType type) =>
            type is BidiType.B or BidiType.S or BidiType.WS or BidiType.ON or BidiType.LRI or BidiType.RLI or BidiType.FSI or BidiType.PDI;
    }
}

/// <summary>A resolved paragraph: each character's bidi class and embedding level (before L1), and the paragraph level.</summary>
public sealed class BidiParagraph(BidiType[] types, byte[] levels, byte baseLevel)
{
    public BidiType[] Types { get; } = types;

    public byte[] Levels { get; } = levels;

    public byte BaseLevel { get; } = baseLevel;

    public TextDirection Direction => BaseLevel % 2 == 1 ? TextDirection.RightToLeft : TextDirection.LeftToRight;
}
