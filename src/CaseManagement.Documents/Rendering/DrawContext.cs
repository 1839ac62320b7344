using System.Collections.Concurrent;
using CaseManagement.Documents.Fonts;
using SkiaSharp;

namespace CaseManagement.Documents.Rendering;

/// <summary>
/// What laid-out boxes draw on: a Skia canvas (a PDF page or a raster surface — the same layout code serves both),
/// the faces to draw with (the document's subsets for PDF, the full fonts for PNG), and cached fonts and paints.
/// </summary>
internal sealed class DrawContext(SKCanvas canvas, IReadOnlyList<SKTypeface> typefaces) : IDisposable
{
    private readonly Dictionary<(FontSlot, float), SKFont> fonts = new();
    private readonly Dictionary<SKColor, SKPaint> fills = new();
    private readonly Dictionary<(SKColor, float), SKPaint> strokes = new();

    public SKCanvas Canvas { get; } = canvas;

    /// <summary>
    /// When writing a PDF: the logical text of each text run drawn, in drawing order, for <see cref="PdfUpdate"/> to
    /// attach as ActualText — a line's whole text on its first run and empty on the others when some of it is right to
    /// left; null for a line drawn in reading order, which needs none.
    /// </summary>
    public List<string?>? TextRuns { get; init; }

    public SKFont Font(FontSlot slot, float size)
    {
        if (!fonts.TryGetValue((slot, size), out var font))
        {
            font = new SKFont(typefaces[(int)slot], size) { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
            fonts[(slot, size)] = font;
        }

        return font;
    }

    public SKPaint Fill(SKColor color)
    {
        if (!fills.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
            fills[color] = paint;
        }

        return paint;
    }

    public SKPaint Stroke(SKColor color, float width)
    {
        if (!strokes.TryGetValue((color, width), out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };
            strokes[(color, width)] = paint;
        }

        return paint;
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
            font.Dispose();
        foreach (var paint in fills.Values.Concat(strokes.Values))
            paint.Dispose();
    }
}

internal static class ColorCache
{
    private static readonly ConcurrentDictionary<string, SKColor> Parsed = new(StringComparer.OrdinalIgnoreCase);

    public static SKColor Parse(string color) => Parsed.GetOrAdd(color, static c =>
        SKColor.TryParse(c, out var parsed) ? parsed : throw new ArgumentException($"'{c}' is not a colour (#RRGGBB or #AARRGGBB).", nameof(color)));
}
