using System.Text;
using CaseManagement.Documents.Fonts;
using HarfBuzzSharp;

namespace CaseManagement.Documents.Text;

/// <summary>A run of text shaped by HarfBuzz in one face and one direction; positions are in font units.</summary>
internal sealed class Shaped
{
    public required ushort[] Glyphs { get; init; }

    public required float[] Advances { get; init; }

    public required float[] OffsetsX { get; init; }

    public required float[] OffsetsY { get; init; }

    /// <summary>For each glyph, the byte offset in <see cref="Utf8"/> of the characters it draws.</summary>
    public required uint[] Clusters { get; init; }

    public required byte[] Utf8 { get; init; }

    public required float Width { get; init; }
}

/// <summary>
/// Shapes runs with HarfBuzz, with an explicit direction (HarfBuzz never reorders mixed text: <see cref="Bidi"/> does)
/// and a cache per document (table-heavy documents repeat the same words), and records the glyphs and characters each
/// face draws so the PDF can embed subsets. Not thread-safe: one per document.
/// </summary>
internal sealed class Shaper
{
    private readonly Dictionary<(string Text, FontSlot Slot, bool Rtl), Shaped> cache = new();
    private readonly HashSet<ushort>[] glyphs = Enumerable.Range(0, FontLibrary.SlotCount).Select(_ => new HashSet<ushort>()).ToArray();
    private readonly HashSet<int>[] codepoints = Enumerable.Range(0, FontLibrary.SlotCount).Select(_ => new HashSet<int>()).ToArray();

    public IReadOnlySet<ushort> GlyphsUsed(FontSlot slot) => glyphs[(int)slot];

    public IReadOnlySet<int> CodepointsUsed(FontSlot slot) => codepoints[(int)slot];

    /// <summary>Width in points of text in one face, without recording use (for line breaking).</summary>
    public float Measure(string text, FontSlot slot, float size) =>
        text.Length == 0 ? 0 : Shape(text, slot, FontLibrary.IsArabic(slot)).Width * size / FontLibrary.UnitsPerEm(slot);

    /// <summary>Shapes text that will be drawn, recording its glyphs for the subset.</summary>
    public Shaped ShapeForDrawing(string text, FontSlot slot, bool rtl)
    {
        var shaped = Shape(text, slot, rtl);
        var used = glyphs[(int)slot];
        foreach (var glyph in shaped.Glyphs)
            used.Add(glyph);
        var chars = codepoints[(int)slot];
        foreach (var rune in text.EnumerateRunes())
            chars.Add(rune.Value);
        return shaped;
    }

    private Shaped Shape(string text, FontSlot slot, bool rtl)
    {
        if (cache.TryGetValue((text, slot, rtl), out var cached))
            return cached;
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(utf8);
        buffer.Direction = rtl ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.Flags = BufferFlags.RemoveDefaultIgnorables; // LRM/RLM and zero-width marks draw nothing, not a space glyph
        buffer.GuessSegmentProperties();
        FontLibrary.Shaper(slot).Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var count = infos.Length;
        var glyphIds = new ushort[count];
        var advances = new float[count];
        var offsetsX = new float[count];
        var offsetsY = new float[count];
        var clusters = new uint[count];
        float width = 0;
        for (var i = 0; i < count; i++)
        {
            glyphIds[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            offsetsX[i] = positions[i].XOffset;
            offsetsY[i] = positions[i].YOffset;
            width += positions[i].XAdvance;
        }

        var result = new Shaped
        {
            Glyphs = glyphIds, Advances = advances, OffsetsX = offsetsX, OffsetsY = offsetsY, Clusters = clusters,
            Utf8 = utf8, Width = width,
        };
        cache[(text, slot, rtl)] = result;
        return result;
    }
}
