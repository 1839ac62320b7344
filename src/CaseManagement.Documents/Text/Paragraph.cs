using System.Text;
using CaseManagement.Documents.Fonts;
using CaseManagement.Documents.Rendering;
using SkiaSharp;

namespace CaseManagement.Documents.Text;

public sealed record TextSpan(string Text, TextStyle Style);

/// <summary>A shaped run placed on a line, in visual order.</summary>
internal sealed record LineRun(Shaped Shaped, FontSlot Slot, float Size, SKColor Color, float X)
{
    public float Scale => Size / FontLibrary.UnitsPerEm(Slot);
}

/// <summary>One laid-out line: runs left to right, the offset that aligns it, and the stretch given to each space when justified.</summary>
internal sealed class TextLine
{
    public required IReadOnlyList<LineRun> Runs { get; init; }

    public required float Width { get; init; }

    public required float Ascent { get; init; }

    public required float Descent { get; init; }

    public required float Height { get; init; }

    /// <summary>The paragraph's text and this line's range of it, in logical (reading) order.</summary>
    public required string Source { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Whether some of the line is right to left, so its drawing order is not its reading order.</summary>
    public required bool Reordered { get; init; }

    public float Offset { get; set; }

    public float SpaceExtra { get; set; }

    /// <summary>Draws the line with its top at <paramref name="top"/>; glyph runs carry their text and clusters so the PDF text is searchable.</summary>
    public void Draw(DrawContext context, float left, float top)
    {
        var baseline = top + (Height - Ascent - Descent) / 2 + Ascent;
        float extra = 0;
        var first = true;
        foreach (var run in Runs)
        {
            var shaped = run.Shaped;
            if (shaped.Glyphs.Length == 0)
                continue;
            var scale = run.Scale;
            var font = context.Font(run.Slot, run.Size);
            using var builder = new SKTextBlobBuilder();
            var buffer = builder.AllocatePositionedTextRun(font, shaped.Glyphs.Length, shaped.Utf8.Length);
            buffer.SetGlyphs(shaped.Glyphs);
            buffer.SetText(shaped.Utf8);
            buffer.SetClusters(shaped.Clusters);
            var positions = buffer.Positions;
            var origin = left + Offset + run.X;
            float pen = 0;
            for (var i = 0; i < shaped.Glyphs.Length; i++)
            {
                positions[i] = new SKPoint(origin + extra + (pen + shaped.OffsetsX[i]) * scale, baseline - shaped.OffsetsY[i] * scale);
                pen += shaped.Advances[i];
                if (SpaceExtra > 0 && shaped.Utf8[shaped.Clusters[i]] == (byte)' ')
                    extra += SpaceExtra;
            }

            using var blob = builder.Build();
            if (blob is null)
                continue;
            context.Canvas.DrawText(blob, 0, 0, context.Fill(run.Color));
            context.TextRuns?.Add(!Reordered ? null : first ? ParagraphLayout.WithoutControls(Source, Start, End) : string.Empty);
            first = false;
        }
    }
}

/// <summary>
/// Lays out a paragraph of styled spans: per-character font fallback, the bidirectional levels of the whole paragraph,
/// line breaking in logical order (UAX #14, <see cref="LineBreaker"/>), then per line L1 and reordering, runs of equal
/// level/style/face shaped in their own direction and placed left to right, and alignment. The bidi paragraph level comes from the first strong character (or is set);
/// start/end alignment follows the set direction, else the document's, so a Latin file number in an Arabic table
/// still sits on the right like its neighbours.
/// </summary>
internal static class ParagraphLayout
{
    public static List<TextLine> Layout(
        Shaper shaper, IReadOnlyList<TextSpan> spans, float width, TextAlignment alignment, TextDirection? direction, bool defaultRtl)
    {
        var builder = new StringBuilder();
        var styleOf = new List<int>();
        for (var s = 0; s < spans.Count; s++)
        {
            var text = spans[s].Text.Replace("\r\n", "\n", StringComparison.Ordinal);
            builder.Append(text);
            styleOf.AddRange(Enumerable.Repeat(s, text.Length));
        }

        var paragraph = new Source(builder.ToString(), styleOf.ToArray(), spans);

        // Bidi levels are resolved over the whole paragraph (brackets, isolates and numbers see their context), before
        // line breaking; each line then applies L1 and is reordered on its own.
        var bidi = Bidi.Resolve(paragraph.Text, direction, defaultRtl ? TextDirection.RightToLeft : TextDirection.LeftToRight);
        paragraph.AssignFaces(bidi.Direction == TextDirection.RightToLeft);
        var ranges = LineBreaker.Ranges(paragraph.Text, (start, end) => paragraph.Measure(shaper, start, end), width);
        var lines = ranges.Select(r => BuildLine(shaper, paragraph, bidi, r.Start, r.End)).ToList();
        Align(lines, ranges, width, alignment, direction ?? (defaultRtl ? TextDirection.RightToLeft : TextDirection.LeftToRight));
        return lines;
    }

    private static void Align(List<TextLine> lines, List<LineRange> ranges, float width, TextAlignment alignment, TextDirection dir)
    {
        var rtl = dir == TextDirection.RightToLeft;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var free = Math.Max(0, width - line.Width);
            var justify = alignment == TextAlignment.Justify && !ranges[i].EndsParagraph;
            if (justify)
            {
                var spaces = line.Runs.Sum(r => r.Shaped.Clusters.Count(c => r.Shaped.Utf8[c] == (byte)' '));
                if (spaces > 0)
                {
                    line.SpaceExtra = free / spaces;
                    continue;
                }
            }

            line.Offset = alignment switch
            {
                TextAlignment.Center => free / 2,
                TextAlignment.End => rtl ? 0 : free,
                _ => rtl ? free : 0,
            };
        }
    }

    private static TextLine BuildLine(Shaper shaper, Source p, BidiParagraph bidi, int start, int end)
    {
        var runs = new List<LineRun>();
        float ascent = 0, descent = 0, x = 0;
        var reordered = false;
        var spacing = p.StyleAt(start).LineSpacing;
        if (end > start)
        {
            var line = p.Text[start..end];
            var levels = Bidi.LineLevels(bidi, start, end);
            var pieces = new List<(int Start, int End, byte Level)>();
            for (var i = 0; i < line.Length;)
            {
                var j = i + 1;
                while (j < line.Length && levels[j] == levels[i] && p.StyleOf[start + j] == p.StyleOf[start + i] && p.Arabic[start + j] == p.Arabic[start + i])
                    j++;
                pieces.Add((i, j, levels[i]));
                i = j;
            }

            foreach (var index in Bidi.VisualOrder(pieces.Select(piece => piece.Level).ToArray()))
            {
                var (s, e, level) = pieces[index];
                reordered |= level % 2 == 1;
                var style = p.StyleAt(start + s);
                var slot = FontLibrary.Slot(p.Arabic[start + s], style.Bold);
                var run = new LineRun(shaper.ShapeForDrawing(line[s..e], slot, level % 2 == 1), slot, style.Size, ColorCache.Parse(style.Color), x);
                runs.Add(run);
                x += run.Shaped.Width * run.Scale;
                var metrics = FontLibrary.Metrics(slot);
                ascent = Math.Max(ascent, metrics.Ascent * style.Size);
                descent = Math.Max(descent, metrics.Descent * style.Size);
                spacing = Math.Max(spacing, style.LineSpacing);
            }
        }

        if (runs.Count == 0)
        {
            var style = p.StyleAt(start);
            var metrics = FontLibrary.Metrics(FontLibrary.Slot(bidi.Direction == TextDirection.RightToLeft, style.Bold));
            ascent = metrics.Ascent * style.Size;
            descent = metrics.Descent * style.Size;
        }

        return new TextLine { Runs = runs, Source = p.Text, Start = start, End = end, Reordered = reordered, Width = x, Ascent = ascent, Descent = descent, Height = (ascent + descent) * spacing };
    }

    /// <summary>Text [start, end) without the bidi controls (marks, embeddings, isolates) that only steer the display: what copying the line should give.</summary>
    internal static string WithoutControls(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')))
                builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private sealed class Source(string text, int[] styleOf, IReadOnlyList<TextSpan> spans)
    {
        public string Text { get; } = text;

        public int[] StyleOf { get; } = styleOf;

        public IReadOnlyList<TextSpan> Spans { get; } = spans;

        public bool[] Arabic { get; } = new bool[text.Length];

        /// <summary>The style of the character at <paramref name="index"/> (of the nearest one for an empty line); there is always a span.</summary>
        public TextStyle StyleAt(int index) => Spans[StyleOf.Length == 0 ? 0 : StyleOf[Math.Min(index, StyleOf.Length - 1)]].Style;

        public void AssignFaces(bool rtl)
        {
            var previous = rtl;
            for (var i = 0; i < Text.Length; i++)
            {
                if (Text[i] == '\n')
                {
                    previous = rtl;
                    continue;
                }

                previous = Arabic[i] = FontLibrary.ChooseArabic(Text[i], previous);
            }
        }

        /// <summary>Width in points of characters [start, end), summed over runs of one style and face.</summary>
        public float Measure(Shaper shaper, int start, int end)
        {
            float width = 0;
            for (var i = start; i < end;)
            {
                var j = i + 1;
                while (j < end && StyleOf[j] == StyleOf[i] && Arabic[j] == Arabic[i])
                    j++;
                var style = StyleAt(i);
                width += shaper.Measure(Text[i..j], FontLibrary.Slot(Arabic[i], style.Bold), style.Size);
                i = j;
            }

            return width;
        }
    }
}
