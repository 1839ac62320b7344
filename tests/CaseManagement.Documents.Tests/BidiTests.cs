using CaseManagement.Documents.Text;

namespace CaseManagement.Documents.Tests;

/// <summary>Tricky mixed-direction strings, compared in visual order (left to right, as a reader's eye meets them).</summary>
public sealed class BidiTests
{
    private static string Rev(string s) => new(s.Reverse().ToArray());

    [Test]
    public void Arabic_alone_is_displayed_from_the_right()
    {
        Assert.That(Bidi.Visual("ملف الطفل", TextDirection.RightToLeft), Is.EqualTo(Rev("ملف الطفل")));
    }

    [Test]
    public void Numbers_inside_arabic_keep_their_digit_order()
    {
        // "Born in 2026" — the year must not come out as 6202.
        var line = "ولد سنة 2026";
        Assert.That(Bidi.Visual(line, TextDirection.RightToLeft), Is.EqualTo("2026 " + Rev("ولد سنة")));
    }

    [Test]
    public void A_percentage_inside_arabic_keeps_its_digits_in_order()
    {
        // In an Arabic line the sign sits to the left of the number (read right to left: the word, 12, then %);
        // what must never happen is 12 turning into 21.
        var visual = Bidi.Visual("النسبة 12%", TextDirection.RightToLeft);
        Assert.That(visual, Is.EqualTo("%12 " + Rev("النسبة")));
        Assert.That(visual, Does.Not.Contain("21"));
    }

    [Test]
    public void A_file_number_range_after_arabic_follows_uax9_and_an_isolate_keeps_it_as_written()
    {
        // Arabic context turns 2026 and 014 into Arabic numbers and the hyphen resolves right to left: 014-2026.
        Assert.That(Bidi.Visual("ملف 2026-014", TextDirection.RightToLeft), Is.EqualTo("014-2026 " + Rev("ملف")));
        // Inside a left-to-right isolate (LRI…PDI) the number reads as written, and the isolate stays where it is.
        Assert.That(Bidi.Visual("ملف \u20662026-014\u2069", TextDirection.RightToLeft), Is.EqualTo("\u2069" + "2026-014\u2066 " + Rev("ملف")));
    }

    [Test]
    public void A_latin_name_inside_arabic_reads_left_to_right()
    {
        var visual = Bidi.Visual("الطفلة Salma Azouzi مسجلة", TextDirection.RightToLeft);
        Assert.That(visual, Is.EqualTo(Rev("مسجلة") + " Salma Azouzi " + Rev("الطفلة")));
    }

    [Test]
    public void Arabic_inside_french_is_reversed_only_within_itself()
    {
        var visual = Bidi.Visual("Nom : سلمى العزوزي (fictif)", TextDirection.LeftToRight);
        Assert.That(visual, Is.EqualTo("Nom : " + Rev("سلمى العزوزي") + " (fictif)"));
    }

    [Test]
    public void Parentheses_between_arabic_words_resolve_to_the_arabic_side()
    {
        var line = "الأم (فاطمة)";
        var visual = Bidi.Visual(line, TextDirection.RightToLeft);
        Assert.That(visual, Is.EqualTo(Rev(line)), "characters only: glyph mirroring of ( ) is the shaper's job");
    }

    [Test]
    public void Trailing_spaces_stay_at_the_paragraph_level()
    {
        var levels = Bidi.Levels("abc ملف  ", TextDirection.LeftToRight);
        Assert.That(levels[^1], Is.Zero);
        Assert.That(levels[^2], Is.Zero);
        Assert.That(levels[4], Is.EqualTo(1));
    }

    [Test]
    public void Tashkeel_marks_stay_with_their_letter()
    {
        var levels = Bidi.Levels("مُحَمَّد", TextDirection.LeftToRight);
        Assert.That(levels, Is.All.EqualTo(1));
    }

    [TestCase("Bonjour سلمى", TextDirection.LeftToRight)]
    [TestCase("سلمى bonjour", TextDirection.RightToLeft)]
    [TestCase("2026 Salma", TextDirection.LeftToRight)]
    [TestCase("\u200Fabc", TextDirection.RightToLeft)]
    [TestCase("123 456", TextDirection.RightToLeft)]
    public void The_paragraph_takes_the_direction_of_its_first_strong_character(string text, TextDirection expected) =>
        Assert.That(Bidi.DirectionOf(text, TextDirection.RightToLeft), Is.EqualTo(expected));

    [Test]
    public void Visual_runs_split_by_direction_and_come_in_display_order()
    {
        var line = "الطفلة Salma 12";
        var runs = Bidi.VisualRuns(line, TextDirection.RightToLeft);
        var texts = runs.Select(r => (line.Substring(r.Start, r.Length), r.RightToLeft)).ToList();
        Assert.That(texts[0], Is.EqualTo(("Salma 12", false)), "a number after a Latin word joins it (W7)");
        Assert.That(texts[^1].Item1, Does.StartWith("الطفلة"));
        Assert.That(texts[^1].RightToLeft, Is.True);
    }
}

public sealed class LineBreakerTests
{
    private static float Mono(string s) => s.Length;

    [Test]
    public void Lines_break_at_spaces_without_exceeding_the_width()
    {
        var lines = LineBreaker.Break("La situation de l'enfant est suivie par l'unité", Mono, 20);
        Assert.That(lines, Is.EqualTo(new[] { "La situation de", "l'enfant est suivie", "par l'unité" }));
        Assert.That(lines.Select(Mono), Is.All.LessThanOrEqualTo(20));
    }

    [Test]
    public void Lines_may_break_after_a_hyphen()
    {
        var lines = LineBreaker.Break("Sidi-Kacem-Meurthe-et-Moselle", Mono, 12);
        Assert.That(lines, Is.EqualTo(new[] { "Sidi-Kacem-", "Meurthe-et-", "Moselle" }));
    }

    [Test]
    public void A_word_longer_than_the_line_is_cut()
    {
        var lines = LineBreaker.Break("UPE-SK-2026-0001/12345678901234", Mono, 8);
        Assert.That(lines.Select(Mono), Is.All.LessThanOrEqualTo(8));
        Assert.That(string.Concat(lines), Is.EqualTo("UPE-SK-2026-0001/12345678901234"));
    }

    [Test]
    public void Arabic_is_broken_in_logical_order_and_paragraph_breaks_are_kept()
    {
        var lines = LineBreaker.Break("وحدة حماية الطفولة\nسيدي قاسم", Mono, 10);
        Assert.That(lines, Is.EqualTo(new[] { "وحدة حماية", "الطفولة", "سيدي قاسم" }));
    }
}
