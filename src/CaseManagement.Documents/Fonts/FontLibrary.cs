using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using CaseManagement.Documents.Text;

namespace CaseManagement.Documents.Fonts;

/// <summary>The embedded faces: Noto Sans for Latin text, Noto Naskh Arabic for Arabic, each regular and bold.</summary>
internal enum FontSlot : byte
{
    Latin,
    LatinBold,
    Arabic,
    ArabicBold,
}

/// <summary>
/// Loads the embedded fonts once per process (there are no usable system fonts on the servers) and answers which face
/// has a glyph for a character. HarfBuzz fonts are immutable after creation and shared by all threads.
/// </summary>
internal static class FontLibrary
{
    public const int SlotCount = 4;

    private static readonly string[] ResourceNames =
    [
        "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf",
    ];

    private static readonly Lazy<Face[]> Faces = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<(FontSlot, int), bool> Coverage = new();

    public static byte[] Data(FontSlot slot) => Faces.Value[(int)slot].Data;

    public static SKTypeface Typeface(FontSlot slot) => Faces.Value[(int)slot].Typeface;

    public static HarfBuzzSharp.Font Shaper(FontSlot slot) => Faces.Value[(int)slot].Shaper;

    public static float UnitsPerEm(FontSlot slot) => Faces.Value[(int)slot].UnitsPerEm;

    /// <summary>Ascent and descent per point of font size, positive numbers.</summary>
    public static (float Ascent, float Descent) Metrics(FontSlot slot) => Faces.Value[(int)slot].Metrics;

    public static bool Has(FontSlot slot, int codepoint) =>
        Coverage.GetOrAdd((slot, codepoint), static key =>
        {
            using var font = new SKFont(Typeface(key.Item1), 10);
            return font.GetGlyph(key.Item2) != 0;
        });

    public static bool IsArabic(FontSlot slot) => slot is FontSlot.Arabic or FontSlot.ArabicBold;

    public static FontSlot Slot(bool arabic, bool bold) =>
        arabic ? (bold ? FontSlot.ArabicBold : FontSlot.Arabic) : (bold ? FontSlot.LatinBold : FontSlot.Latin);

    /// <summary>
    /// Per-character fallback: Arabic letters take the Arabic face and Latin letters the Latin face; marks, digits,
    /// spaces and punctuation stay in the face of what precedes them when it has the glyph, so runs stay long.
    /// </summary>
    public static bool ChooseArabic(char c, bool previousArabic)
    {
        var type = Bidi.TypeOf(c);
        if (type is BidiType.AL or BidiType.R)
            return true;
        if (type is BidiType.NSM)
            return previousArabic;
        if (type is BidiType.L)
            return !Has(FontSlot.Latin, c) && Has(FontSlot.Arabic, c);
        if (Has(previousArabic ? FontSlot.Arabic : FontSlot.Latin, c))
            return previousArabic;
        return !Has(FontSlot.Latin, c) && Has(FontSlot.Arabic, c);
    }

    private static Face[] Load()
    {
        var assembly = typeof(FontLibrary).Assembly;
        return ResourceNames.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream("CaseManagement.Documents.Fonts." + name)
                ?? throw new InvalidOperationException($"Embedded font {name} is missing.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return new Face(copy.ToArray(), name.Contains("Arabic", StringComparison.Ordinal));
        }).ToArray();
    }

    private sealed class Face
    {
        public Face(byte[] data, bool arabic)
        {
            Data = data;
            Typeface = SKTypeface.FromData(SKData.CreateCopy(data)) ?? throw new InvalidOperationException("Font data is not readable.");
            // The font data is copied once to native memory that lives as long as the process (Blob.FromStream's copy was
            // freed under the HarfBuzz font: advances turned to garbage after other native allocations).
            var native = Marshal.AllocHGlobal(data.Length);
            Marshal.Copy(data, 0, native, data.Length);
            HbBlob = new Blob(native, data.Length, MemoryMode.ReadOnly);
            HbBlob.MakeImmutable();
            HbFace = new HarfBuzzSharp.Face(HbBlob, 0);
            HbFace.MakeImmutable();
            UnitsPerEm = HbFace.UnitsPerEm;
            Shaper = new HarfBuzzSharp.Font(HbFace);
            Shaper.SetFunctionsOpenType();
            Shaper.SetScale(HbFace.UnitsPerEm, HbFace.UnitsPerEm);
            using var font = new SKFont(Typeface, 1);
            var metrics = font.Metrics;
            // Naskh declares a tall ascent and a deep descent for rare stacked marks; lines use what text needs
            // (0.95 em above, 0.45 em below) so Arabic lines are about as tall as Latin ones.
            Metrics = arabic ? (Math.Min(-metrics.Ascent, 0.95f), Math.Min(metrics.Descent, 0.45f)) : (-metrics.Ascent, metrics.Descent);
        }

        public byte[] Data { get; }

        public Blob HbBlob { get; }

        public HarfBuzzSharp.Face HbFace { get; }

        public SKTypeface Typeface { get; }

        public HarfBuzzSharp.Font Shaper { get; }

        public float UnitsPerEm { get; }

        public (float Ascent, float Descent) Metrics { get; }
    }
}
