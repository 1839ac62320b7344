using System.Globalization;
using System.Text;
using CaseManagement.Documents.Fonts;
using CaseManagement.Documents.Layout;
using SkiaSharp;

namespace CaseManagement.Documents.Rendering;

/// <summary>Draws a laid-out page on any Skia canvas: watermark behind, then header, content slices and footer.</summary>
internal static class PagePainter
{
    public static void Paint(PageLayout page, DrawContext context)
    {
        var canvas = context.Canvas;
        if (page.Watermark is { } watermark)
        {
            canvas.Save();
            var diagonal = MathF.Sqrt(page.Width * page.Width + page.Height * page.Height) * 0.8f;
            canvas.RotateDegrees(-MathF.Atan2(page.Height, page.Width) * 180 / MathF.PI, page.Width / 2, page.Height / 2);
            watermark.Draw(context, (page.Width - diagonal) / 2, (page.Height - watermark.Height) / 2);
            canvas.Restore();
        }

        page.Header?.Draw(context, page.HeaderAt.X, page.HeaderAt.Y);
        foreach (var placed in page.Content)
        {
            var y = page.ContentTop + placed.Y;
            var whole = placed.ClipTop == 0 && placed.ClipHeight >= placed.Box.Height;
            if (!whole)
            {
                canvas.Save();
                canvas.ClipRect(new SKRect(0, y, page.Width, y + placed.ClipHeight));
            }

            placed.Box.Draw(context, page.ContentLeft + placed.X, y - placed.ClipTop);
            if (!whole)
                canvas.Restore();
        }

        page.Footer?.Draw(context, page.FooterAt.X, page.FooterAt.Y);
    }
}

internal static class RasterRenderer
{
    public static byte[] Render(LaidOutDocument document, int pageIndex, float dpi)
    {
        var page = document.Pages[pageIndex];
        var scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(page.Width * scale), (int)Math.Ceiling(page.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        using (var context = new DrawContext(canvas, Enumerable.Range(0, FontLibrary.SlotCount).Select(s => FontLibrary.Typeface((FontSlot)s)).ToList()))
            PagePainter.Paint(page, context);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

/// <summary>
/// Writes the PDF with Skia's PDF backend: fonts subset to the glyphs used (glyph ids kept), the document information
/// (title, author, subject, creator, creation date) and the catalog language added as an incremental update.
/// </summary>
internal static class PdfRenderer
{
    public static void Write(LaidOutDocument document, DocumentMetadata metadata, Stream output)
    {
        var typefaces = Subsets(document.Shaper);
        try
        {
            using var buffer = new MemoryStream();
            var pdfMetadata = new SKDocumentPdfMetadata
            {
                Title = metadata.Title,
                Author = metadata.Author,
                Subject = metadata.Subject,
                Creator = metadata.Creator,
                Producer = "CaseManagement.Documents (Skia, HarfBuzz)",
                Creation = metadata.Created.UtcDateTime,
                Modified = metadata.Created.UtcDateTime,
                RasterDpi = 150,
                EncodingQuality = 90,
            };
            using (var pdf = SKDocument.CreatePdf(buffer, pdfMetadata))
            {
                foreach (var page in document.Pages)
                {
                    var canvas = pdf.BeginPage(page.Width, page.Height);
                    using (var context = new DrawContext(canvas, typefaces))
                        PagePainter.Paint(page, context);
                    pdf.EndPage();
                }

                pdf.Close();
            }

            var bytes = buffer.ToArray();
            output.Write(bytes);
            output.Write(PdfLanguage.Update(bytes, metadata.Language));
        }
        finally
        {
            for (var i = 0; i < typefaces.Count; i++)
            {
                if (!ReferenceEquals(typefaces[i], FontLibrary.Typeface((FontSlot)i)))
                    typefaces[i].Dispose();
            }
        }
    }

    private static List<SKTypeface> Subsets(Text.Shaper shaper)
    {
        var list = new List<SKTypeface>();
        for (var i = 0; i < FontLibrary.SlotCount; i++)
        {
            var slot = (FontSlot)i;
            var glyphs = shaper.GlyphsUsed(slot);
            var subset = glyphs.Count == 0 ? null : FontSubsetter.Subset(FontLibrary.Data(slot), glyphs, shaper.CodepointsUsed(slot));
            var typeface = subset is null ? null : SKTypeface.FromData(SKData.CreateCopy(subset));
            list.Add(typeface ?? FontLibrary.Typeface(slot));
        }

        return list;
    }
}

/// <summary>Adds <c>/Lang</c> to the PDF catalog by an incremental update (Skia does not write it).</summary>
internal static class PdfLanguage
{
    public static byte[] Update(byte[] pdf, string language)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (startXref < 0 || trailerAt < 0 || language.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
            return [];
        var previous = long.Parse(text.AsSpan(startXref + 9).Trim().ToString().Split('\n', '\r')[0], CultureInfo.InvariantCulture);
        var trailer = text[trailerAt..startXref];
        var root = Reference(trailer, "/Root");
        var size = Reference(trailer, "/Size");
        var info = Reference(trailer, "/Info");
        var objectAt = text.IndexOf($"\n{root} 0 obj", StringComparison.Ordinal);
        if (root is null || size is null || objectAt < 0)
            return [];
        var bodyStart = text.IndexOf("<<", objectAt, StringComparison.Ordinal);
        var bodyEnd = text.IndexOf("endobj", objectAt, StringComparison.Ordinal);
        var dictionary = text[bodyStart..bodyEnd].TrimEnd();
        var updated = dictionary[..^2] + $" /Lang ({language})>>";
        var offset = pdf.Length + 1;
        var update = new StringBuilder()
            .Append('\n').Append(CultureInfo.InvariantCulture, $"{root} 0 obj\n{updated}\nendobj\n");
        var xref = pdf.Length + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append(CultureInfo.InvariantCulture, $"xref\n{root} 1\n{offset:D10} 00000 n \n")
            .Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size} /Root {root} 0 R")
            .Append(info is null ? string.Empty : $" /Info {info} 0 R")
            .Append(CultureInfo.InvariantCulture, $" /Prev {previous}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(update.ToString());
    }

    private static string? Reference(string trailer, string key)
    {
        var at = trailer.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var rest = trailer.AsSpan(at + key.Length).TrimStart();
        var end = 0;
        while (end < rest.Length && char.IsAsciiDigit(rest[end]))
            end++;
        return end == 0 ? null : rest[..end].ToString();
    }
}
