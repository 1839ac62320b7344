using System.Runtime.InteropServices;

namespace CaseManagement.Documents.Fonts;

/// <summary>
/// Subsets a font to the glyphs a document uses, through HarfBuzz's native hb_subset functions (exported by the
/// HarfBuzzSharp native library but not wrapped in .NET). Glyph ids are retained, so text shaped against the full font
/// draws unchanged with the subset; Skia would otherwise embed the whole font in every PDF.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint RetainGids = 0x2;
    private const uint NoHinting = 0x1;

    public static unsafe byte[]? Subset(byte[] font, IEnumerable<ushort> glyphs, IEnumerable<int> codepoints)
    {
        fixed (byte* data = font)
            return Subset((IntPtr)data, font.Length, glyphs, codepoints);
    }

    private static byte[]? Subset(IntPtr font, int length, IEnumerable<ushort> glyphs, IEnumerable<int> codepoints)
    {
        using var blob = new HarfBuzzSharp.Blob(font, length, HarfBuzzSharp.MemoryMode.ReadOnly);
        using var face = new HarfBuzzSharp.Face(blob, 0);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
            return null;
        try
        {
            hb_subset_input_set_flags(input, RetainGids | NoHinting);
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphs)
                hb_set_add(glyphSet, glyph);
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
                hb_set_add(unicodes, (uint)codepoint);
            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero)
                return null;
            try
            {
                var result = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(result, out var size);
                    if (data == IntPtr.Zero || size == 0)
                        return null;
                    var bytes = new byte[size];
                    Marshal.Copy(data, bytes, 0, (int)size);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(result);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);
}
