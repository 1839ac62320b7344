using CaseManagement.Documents.Text;

namespace CaseManagement.Documents.Tests;

/// <summary>What a reader sees and gets when searching or copying text from the PDF.</summary>
public sealed class ReadBackTests
{
    private static List<PdfChunk> Render(string text, bool rtl) =>
        PdfText.Chunks(Document.Create(d => d.RightToLeft(rtl).Page(p => p.Content().Text(text))).GeneratePdf());

    /// <summary>The order the bidi algorithm displays the text in, left to right, brackets mirrored in right-to-left runs (marks removed).</summary>
    private static string Displayed(string text, TextDirection direction)
    {
        var levels = Bidi.Levels(text, direction);
        var mirrored = new string(text.Select((c, i) => levels[i] % 2 == 1 ? PdfChunk.Mirror(c) : c).ToArray());
        return PdfText.Normalize(new string(Bidi.Visual(mirrored, direction).Where(c => c is not (>= '\u2066' and <= '\u2069')).ToArray()));
    }

    [Test]
    public void Arabic_with_percentages_parentheses_and_a_latin_name_reads_back_in_logical_order()
    {
        const string text = "سجلت المدرسة غيابا بنسبة 45% (مؤقت) للطفل Yanis Martin";

        var chunk = Render(text, rtl: true).Single();

        Assert.That(chunk.Logical(TextDirection.RightToLeft), Is.EqualTo(text));
        Assert.That(chunk.Visual, Is.EqualTo(Displayed(text, TextDirection.RightToLeft)));
        Assert.That(chunk.Visual, Does.StartWith("Yanis Martin").And.Contain("%45"),
            "the Latin name ends the line on the left; in Arabic the percent sign is read after the number, so drawn on its left");
    }

    [Test]
    public void A_reference_like_2026_014_inside_arabic_is_drawn_as_typed_when_isolated()
    {
        const string isolated = "الملف رقم \u20662026-014\u2069 بتاريخ \u206629/11/2026\u2069";
        const string bare = "الملف رقم 2026-014";

        var marked = Render(isolated, rtl: true).Single();
        var plain = Render(bare, rtl: true).Single();

        Assert.That(marked.Visual, Is.EqualTo(Displayed(isolated, TextDirection.RightToLeft)));
        Assert.That(marked.Visual, Does.Contain("2026-014").And.Contain("29/11/2026"));
        // Without the isolates the bidi algorithm shows two Arabic-context numbers: this is why documents isolate references.
        Assert.That(plain.Visual, Is.EqualTo(Displayed(bare, TextDirection.RightToLeft)).And.Contain("014-2026"));
    }

    [Test]
    public void Arabic_inside_french_reads_back_in_logical_order()
    {
        const string text = "L'enfant سلمى العلوي, âgée de 12 ans, est suivie à 100 % depuis 2026 (dossier 2026-014).";

        var chunk = Render(text, rtl: false).Single();

        Assert.That(chunk.Logical(TextDirection.LeftToRight), Is.EqualTo(text));
        Assert.That(chunk.Visual, Is.EqualTo(Displayed(text, TextDirection.LeftToRight)));
        Assert.That(chunk.Visual, Does.StartWith("L'enfant ").And.Contain("(dossier 2026-014)"), "a French paragraph starts on the left");
    }

    [Test]
    public void A_long_arabic_paragraph_wraps_into_lines_that_each_read_back_in_order()
    {
        var sentence = "أفادت إدارة المدرسة بغياب متكرر للطفلة خلال شهر أكتوبر وبوجود آثار ظاهرة على ذراعيها";
        var text = string.Join(' ', Enumerable.Repeat(sentence, 4));

        var chunks = Render(text, rtl: true).OrderByDescending(c => c.Y).ToList();

        Assert.That(chunks, Has.Count.GreaterThan(1));
        var joined = string.Join(' ', chunks.Select(c => c.Logical(TextDirection.RightToLeft)));
        Assert.That(joined, Is.EqualTo(PdfText.Normalize(text)));
        Assert.That(chunks.Select(c => c.Right), Is.All.EqualTo(595.28 - 50).Within(1), "lines start on the right margin");
    }
}
