using CaseManagement.Documents.Text;
using CaseManagement.Documents.Text.Unicode;

namespace CaseManagement.Documents.Tests.Unicode;

public sealed class UnicodeTablesTests
{
    private static string Committed => Path.Combine(Repository.Root, "src", "CaseManagement.Documents", "Text", "Unicode", "UnicodeTables.g.cs");

    /// <summary>
    /// The committed tables are what the generator writes from the installed Unicode Character Database.
    /// WRITE_UNICODE_TABLES=1 writes them instead (README, "Unicode tables").
    /// </summary>
    [Test]
    public void The_committed_tables_are_generated_from_the_unicode_character_database()
    {
        Conformance.File("BidiBrackets.txt");
        var generated = UnicodeTableGenerator.Generate();
        if (Environment.GetEnvironmentVariable("WRITE_UNICODE_TABLES") == "1")
            File.WriteAllText(Committed, generated);
        Assert.That(File.ReadAllText(Committed), Is.EqualTo(generated), "run the generator again: README, \"Unicode tables\"");
    }

    [TestCase(0x202F, BidiType.CS)] // narrow no-break space, .NET's French thousands separator
    [TestCase(0x00A0, BidiType.CS)]
    [TestCase(0x200D, BidiType.BN)]
    [TestCase(0x00AD, BidiType.BN)]
    [TestCase(0x2068, BidiType.FSI)]
    [TestCase(0x0661, BidiType.AN)]
    [TestCase(0x06F1, BidiType.EN)]
    [TestCase(0x1F600, BidiType.ON)]
    [TestCase(0x10900, BidiType.R)]
    public void Classes_come_from_the_database(int codePoint, BidiType expected)
    {
        Assert.That(Bidi.TypeOf(codePoint), Is.EqualTo(expected));
    }

    [Test]
    public void Canonically_equivalent_brackets_pair()
    {
        Assert.That(UnicodeTables.BracketKey(0x2329), Is.EqualTo(UnicodeTables.BracketKey(0x3008)));
        Assert.That(UnicodeTables.BracketKey(0x232A), Is.EqualTo(-UnicodeTables.BracketKey(0x2329)));
        Assert.That(UnicodeTables.BracketKey('a'), Is.Zero);
    }
}
