using CaseManagement.Domain.Children;

namespace CaseManagement.UnitTests.Children;

public sealed class NameNormalizerTests
{
    [TestCase("Élodie", "elodie")]
    [TestCase("  BEN   ALI ", "ben ali")]
    [TestCase("M'Hamed-Amine", "m hamed amine")]
    [TestCase("مُحَمَّد", "محمد")]
    [TestCase("أحمد", "احمد")]
    [TestCase("إسماعيل", "اسماعيل")]
    [TestCase("آمنة", "امنه")]
    [TestCase("مصطفى", "مصطفي")]
    [TestCase("عبـــد الله", "عبد الله")]
    [TestCase("\u200Eسلمى\u200F", "سلمي")]
    public void Folds_case_diacritics_tashkeel_and_letter_variants(string input, string expected) =>
        Assert.That(NameNormalizer.Normalize(input), Is.EqualTo(expected));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Empty_input_gives_an_empty_key(string? input) =>
        Assert.That(NameNormalizer.Normalize(input), Is.Empty);

    [Test]
    public void File_numbers_fold_to_words_that_search_can_match() =>
        Assert.That(NameNormalizer.Normalize("UPE-SK-2026-0001"), Is.EqualTo("upe sk 2026 0001"));
}
