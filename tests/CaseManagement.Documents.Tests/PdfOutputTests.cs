using System.Diagnostics;
using System.Text;
using SkiaSharp;
using UglyToad.PdfPig;

namespace CaseManagement.Documents.Tests;

/// <summary>The PDF file itself: fonts subset, metadata, structure, images, justified text, chart and watermark.</summary>
public sealed class PdfOutputTests
{
    [Test]
    public void Fonts_are_embedded_as_subsets_so_a_two_page_bilingual_document_stays_small()
    {
        var document = Samples.Mixed(rtl: true, rows: 35);
        var pdf = document.GeneratePdf();

        Assert.That(document.PageCount, Is.EqualTo(2));
        Assert.That(pdf, Has.Length.LessThan(120_000), "the four embedded fonts weigh 1.38 MB whole");
        using var read = PdfDocument.Open(pdf);
        var fonts = read.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.That(fonts, Has.Count.EqualTo(4));
        Assert.That(fonts, Is.All.Matches<string?>(name => name is not null && name.Length > 7 && name[6] == '+'), "subset fonts are tagged ABCDEF+Name");
    }

    [Test]
    public void The_pdf_says_its_title_author_subject_language_and_creation_date()
    {
        var pdf = Samples.Mixed(rtl: true).GeneratePdf();

        using var read = PdfDocument.Open(pdf);
        Assert.That(read.Information.Title, Is.EqualTo("ملف تجريبي"));
        Assert.That(read.Information.Author, Is.EqualTo("Test"));
        Assert.That(read.Information.Subject, Is.EqualTo("Essai"));
        Assert.That(read.Information.GetCreatedDateTimeOffset(), Is.EqualTo(Samples.Created));
        Assert.That(Encoding.Latin1.GetString(pdf), Does.Contain("/Lang (ar)"));
    }

    [Test]
    public void The_pdf_passes_qpdf_check()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "qpdf-check.pdf");
        File.WriteAllBytes(path, Samples.Mixed(rtl: false, rows: 60).GeneratePdf());

        var start = new ProcessStartInfo("qpdf", ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var qpdf = Process.Start(start) ?? throw new InvalidOperationException("qpdf is required (apt-get install qpdf; .ci/run installs it).");
        var output = qpdf.StandardOutput.ReadToEnd() + qpdf.StandardError.ReadToEnd();
        qpdf.WaitForExit();

        Assert.That(qpdf.ExitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("No syntax or stream encoding errors found"));
    }

    [TestCase(SKEncodedImageFormat.Png)]
    [TestCase(SKEncodedImageFormat.Jpeg)]
    public void An_image_is_embedded_at_the_width_given_keeping_its_proportions(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(40, 20);
        bitmap.Erase(SKColors.SteelBlue);
        using var encoded = bitmap.Encode(format, 90);
        var png = encoded.ToArray();
        var document = Document.Create(d => d.Page(p => p.Content().Column(c =>
        {
            c.Item().Image(png, 200);
            c.Item().Text("sous l'image");
        })));

        using var read = PdfDocument.Open(document.GeneratePdf());
        var page = read.GetPage(1);
        var image = page.GetImages().Single();
        Assert.That(image.BoundingBox.Width, Is.EqualTo(200).Within(0.5));
        Assert.That(image.BoundingBox.Height, Is.EqualTo(100).Within(0.5));
        var caption = page.Letters.First(l => l.Value == "s");
        Assert.That(caption.StartBaseLine.Y, Is.LessThan(image.BoundingBox.Bottom), "what follows is below the image");
    }

    [Test]
    public void Justified_lines_reach_both_margins_except_the_last()
    {
        var text = string.Join(' ', Enumerable.Repeat("La situation de l'enfant est suivie par l'unité de protection.", 6));
        var document = Document.Create(d => d.Page(p => p.Margin(50).Content().Text(text).Justify()));

        var lines = PdfText.Chunks(document.GeneratePdf()).OrderByDescending(c => c.Y).ToList();

        Assert.That(lines, Has.Count.GreaterThan(2));
        Assert.That(lines.Select(l => l.X), Is.All.EqualTo(50).Within(1));
        Assert.That(lines.Take(lines.Count - 1).Select(l => l.Right), Is.All.EqualTo(595.28 - 50).Within(1.5));
        Assert.That(lines[^1].Right, Is.LessThan(595.28 - 60));
    }

    [Test]
    public void Bars_are_proportional_to_their_values()
    {
        var document = Document.Create(d => d.Page(p => p.Content().BarChart([new("Négligence", 10, "10"), new("Violence", 5, "5")], "#FF0000")));

        using var bitmap = SKBitmap.Decode(document.GeneratePng(0, 72));
        var bars = new List<int>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            var red = Enumerable.Range(0, bitmap.Width).Count(x => bitmap.GetPixel(x, y) is { Red: > 240, Green: < 20, Blue: < 20 });
            if (red > 0 && (bars.Count == 0 || Math.Abs(bars[^1] - red) > 2))
                bars.Add(red);
        }

        Assert.That(bars, Has.Count.EqualTo(2));
        Assert.That((double)bars[0] / bars[1], Is.EqualTo(2).Within(0.05));
    }

    [Test]
    public void The_watermark_is_on_every_page_behind_the_content()
    {
        using var read = PdfDocument.Open(Samples.Mixed(rtl: false, rows: 60).GeneratePdf());

        foreach (var page in read.GetPages())
            Assert.That(page.Text, Does.StartWith("CONFIDENTIEL"), $"page {page.Number}: drawn first, so behind");
    }
}

public sealed class ConcurrencyTests
{
    [Test]
    public void Documents_generated_on_several_threads_at_once_are_the_same_as_one_generated_alone()
    {
        var alone = PdfText.Chunks(Samples.Mixed(rtl: true, rows: 30).GeneratePdf()).Select(c => c.Visual).ToList();

        var results = new List<string>[8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => results[i] = PdfText.Chunks(Samples.Mixed(rtl: true, rows: 30).GeneratePdf()).Select(c => c.Visual).ToList());

        Assert.That(results, Is.All.EqualTo(alone), "shared fonts and shapers are safe to use from several requests");
    }
}
