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
/// Writes the PDF with Skia's PDF backend: fonts subset to the glyphs used (glyph ids kept) and the document information
/// (title, author, subject, creator, creation date); then <see cref="PdfUpdate"/> rewrites it with each
/// line's logical text (ActualText), XMP metadata and the catalog language, which Skia does not write.
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
            var texts = new List<List<string?>>();
            using (var pdf = SKDocument.CreatePdf(buffer, pdfMetadata))
            {
                foreach (var page in document.Pages)
                {
                    var canvas = pdf.BeginPage(page.Width, page.Height);
                    var runs = new List<string?>();
                    using (var context = new DrawContext(canvas, typefaces) { TextRuns = runs })
                        PagePainter.Paint(page, context);
                    texts.Add(runs);
                    pdf.EndPage();
                }

                pdf.Close();
            }

            output.Write(PdfUpdate.Rewrite(buffer.ToArray(), metadata, texts));
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
