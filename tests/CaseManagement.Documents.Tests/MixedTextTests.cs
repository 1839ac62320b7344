using System.Text;
using CaseManagement.Application.Documents;
using UglyToad.PdfPig;

namespace CaseManagement.Documents.Tests;

/// <summary>
/// The strings that came out wrong before UAX #9 was complete, rendered to PDF and read back with PdfPig twice: the
/// logical text each line carries (ActualText, what copying gives) and the glyphs in the order they are drawn, left
/// to right (what the reader sees). Latin letters and digits are compared in drawing order, where their order is
/// unambiguous; the Arabic is checked by its logical text and by the snapshot of the page.
/// </summary>
public sealed class MixedTextTests
{
    private const char Lri = DocumentText.LeftToRightIsolate, Fsi = DocumentText.FirstStrongIsolate, Pdi = DocumentText.PopIsolate;

    private sealed record Line(string Logical, string Drawn, double Y);

    /// <summary>Each line of the page: its ActualText, and its glyphs' text left to right.</summary>
    private static List<Line> Render(bool rtl, float width, params string[] paragraphs)
    {
        var pdf = Document.Create(d => d.RightToLeft(rtl).Page(p => p.Content().Row(r => r.ConstantItem(width).Column(c =>
        {
            foreach (var paragraph in paragraphs)
                c.Item().PaddingBottom(6).Text(paragraph);
        })))).GeneratePdf();
        return Lines(pdf);
    }

    /// <summary>
    /// The page's lines, top to bottom: a line partly right to left carries its reading order as ActualText; a line
    /// drawn in reading order carries none, and its glyphs left to right are what a copy gives.
    /// </summary>
    private static List<Line> Lines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var lines = new List<Line>();
        foreach (var page in document.GetPages())
        {
            var spans = page.GetMarkedContents().Where(m => !string.IsNullOrEmpty(m.ActualText)).Select(m => (First: AllLetters(m).First(), Text: m.ActualText!)).ToList();
            var baselines = page.Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key);
            foreach (var chunk in baselines.SelectMany(b => PdfText.Split(b.OrderBy(l => l.StartBaseLine.X).ToList())))
            {
                var drawn = string.Concat(chunk.Select(l => l.Value)).Normalize(NormalizationForm.FormKC);
                var span = spans.FirstOrDefault(s => chunk.Contains(s.First));
                lines.Add(new Line(span.Text ?? drawn, drawn, chunk[0].StartBaseLine.Y));
            }
        }

        return lines;
    }

    private static IEnumerable<UglyToad.PdfPig.Content.Letter> AllLetters(UglyToad.PdfPig.Content.MarkedContentElement element) =>
        element.Letters.Concat(element.Children.SelectMany(AllLetters));

    /// <summary>The drawn text without Arabic letters and spaces: Latin, digits and punctuation as seen left to right.</summary>
    private static string LatinSeen(string drawn) =>
        new(drawn.Where(c => c is not ((>= '\u0590' and <= '\u08FF') or (>= '\uFB50' and <= '\uFEFF')) && !char.IsWhiteSpace(c)).ToArray());

    private static string WithoutControls(string text) =>
        new(text.Where(c => c is not (Lri or Fsi or Pdi or '\u200E' or '\u200F')).ToArray());

    [TestCase("الطفل Yanis (Martin) البالغ", true, "Yanis(Martin)")]
    [TestCase("أحيل إلى CHU Ibn Rochd (Casablanca) يوم 3 مارس", true, "3CHUIbnRochd(Casablanca)")]
    [TestCase("Nom : Amine (أمين) — 12 ans", false, "Nom:Amine()—12ans")]
    [TestCase("L'enfant سلمى (العلوي) a dit", false, "L'enfant()adit")]
    [TestCase("المبلغ 1\u202F250,50 درهم", true, "1250,50")]
    [TestCase("المبلغ 1\u00A0250,50 درهم", true, "1250,50")]
    [TestCase("بنسبة 45 % من الأيام", true, "%45")]
    [TestCase("الهاتف: \u20660537 11 11 11\u2069", true, "0537111111:")]
    [TestCase("زيارة \u2068Rachid Alaoui\u2069 يوم \u206615/10/2026\u2069", true, "15/10/2026RachidAlaoui")]
    [TestCase("الأمر \u2066REF-ORD 1\u2069 بتاريخ \u20662026/7/1\u2069", true, "2026/7/1REF-ORD1")]
    public void Mixed_text_is_drawn_in_order_and_copies_in_reading_order(string text, bool rtl, string latinSeen)
    {
        var line = Render(rtl, 500, text).Single();

        Assert.That(line.Logical, Is.EqualTo(WithoutControls(text)), "copying the line gives the text as it is read");
        Assert.That(LatinSeen(line.Drawn), Is.EqualTo(latinSeen), "Latin, digits and brackets as drawn, left to right");
    }

    [Test]
    public void A_line_drawn_in_reading_order_needs_no_actual_text()
    {
        const string text = "Dossier UPE-SK-2026-0014 suivi depuis le 15/10/2026";
        var pdf = Document.Create(d => d.Page(p => p.Content().Text(text))).GeneratePdf();
        using var document = PdfDocument.Open(pdf);

        var page = document.GetPage(1);
        Assert.That(page.GetMarkedContents().Select(m => m.ActualText), Has.None.EqualTo(text));
        Assert.That(string.Concat(page.Letters.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)), Is.EqualTo(text), "its glyphs already read in order");
    }

    [Test]
    public void Tashkeel_and_lam_alef_copy_as_typed()
    {
        const string text = "مُحَمَّد لا يزال في المدرسة";

        var lines = Render(true, 500, text);

        Assert.That(lines.Select(l => l.Logical), Has.Some.EqualTo(text), "harakat are drawn above and below the baseline; the line's text is whole");
    }

    [Test]
    public void No_line_breaks_inside_a_file_number_a_reference_or_a_date()
    {
        string[] whole = ["UPE-SK-2026-0014", "2026-014", "15/10/2026", "REF-ORD-2026-77", "29/11/2026"];
        var french = "Dossier " + string.Join(" suivi le ", whole) + " et " + string.Join(", ", whole);
        var arabic = "الملف " + string.Join(" بتاريخ ", whole) + " و " + string.Join("، ", whole);

        foreach (var (text, rtl) in new[] { (french, false), (arabic, true) })
        {
            var lines = Render(rtl, 90, text);
            Assert.That(lines, Has.Count.GreaterThan(5), "the column is narrow enough to break often");
            var words = lines.SelectMany(l => l.Logical.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.TrimEnd(',', '،')).ToList();
            foreach (var value in whole)
                Assert.That(words.Count(w => w == value), Is.EqualTo(2), $"{value} appears whole twice on lines of its own ({(rtl ? "ar" : "fr")})");
            Assert.That(string.Join(' ', lines.Select(l => l.Logical)), Is.EqualTo(text), "the lines read in order");
        }
    }

    [Test]
    public void A_line_of_the_arabic_referral_letter_copies_the_phone_number_and_file_number_in_order()
    {
        var lines = Lines(CaseDocuments.DocumentSamples.Build("referral", "ar").GeneratePdf());

        Assert.That(lines.Select(l => l.Logical), Has.Some.EqualTo("Dr. Karima Idrissi — 0537 00 00 00"));
        Assert.That(lines.Select(l => l.Logical), Has.Some.EqualTo("UPE-SK-2026-0014"));
        var contact = lines.Single(l => l.Logical.StartsWith("Dr. Karima", StringComparison.Ordinal));
        Assert.That(LatinSeen(contact.Drawn), Is.EqualTo("Dr.KarimaIdrissi—0537000000"));
    }

    [Test]
    public void Document_values_are_inserted_as_isolates()
    {
        var ar = CaseDocuments.DocumentSamples.Text("ar");
        var fr = CaseDocuments.DocumentSamples.Text("fr");

        Assert.That(ar.Date(new DateOnly(2026, 10, 15)), Is.EqualTo($"{Lri}15/10/2026{Pdi}"));
        Assert.That(fr.Date(new DateOnly(2026, 10, 15)), Is.EqualTo($"{Lri}15/10/2026{Pdi}"));
        Assert.That(DocumentText.Isolate("2026-014"), Is.EqualTo($"{Lri}2026-014{Pdi}"));
        Assert.That(fr.Name("Amine", "أمين"), Is.EqualTo($"{Fsi}Amine{Pdi} ({Fsi}أمين{Pdi})"));
        Assert.That(ar.Format("{0} — {1} ans", "Salma", 12), Is.EqualTo($"{Fsi}Salma{Pdi} — {Lri}12{Pdi} ans"));
        Assert.That(ar.Format("{0:N2}", 1250.5m), Is.EqualTo($"{Lri}{1250.5m.ToString("N2", ar.Culture)}{Pdi}"));
        Assert.That(DocumentText.Contact("Dr. Idrissi, 0537 11 11 11"), Is.EqualTo($"{Fsi}Dr. Idrissi, {Lri}0537 11 11 11{Pdi}{Pdi}"));
        Assert.That(ar.Date(new DateOnly(2026, 10, 15)).Count(c => c == '\u200E'), Is.Zero, "no left-to-right marks any more");
    }

    [Test]
    public void The_pdf_carries_xmp_metadata_and_its_language()
    {
        var pdf = CaseDocuments.DocumentSamples.Build("referral", "ar").GeneratePdf();
        using var document = PdfDocument.Open(pdf);

        Assert.That(document.TryGetXmpMetadata(out _), Is.True);
        var raw = Encoding.Latin1.GetString(pdf);
        var start = raw.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var end = raw.IndexOf("</x:xmpmeta>", StringComparison.Ordinal);
        var xml = Encoding.UTF8.GetString(pdf, start, end - start);
        Assert.That(xml, Does.Contain("<rdf:li>ar</rdf:li>"));
        Assert.That(xml, Does.Contain($">{document.Information.Title}<"), "the title in XMP is the Info dictionary's, UTF-8");
        Assert.That(xml, Does.Contain("2026-11-29T"));
        Assert.That(Encoding.Latin1.GetString(pdf), Does.Contain("/Lang (ar)"));
        Assert.That(document.Information.Title, Is.Not.Empty);
    }
}
