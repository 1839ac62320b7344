using SkiaSharp;

namespace CaseManagement.Documents.Tests.CaseDocuments;

/// <summary>
/// The first page of each document, in each language, rendered to PNG through the same layout as the PDF and compared
/// with the snapshot a person reviewed (Snapshots/*.png, shown in the README). When a page differs (or has no snapshot
/// yet) the test fails and writes what it rendered next to the snapshot as <c>*.received.png</c> (git-ignored): look at
/// it, and if the change is deliberate, rename it over the approved image and commit.
/// </summary>
public sealed class SnapshotTests
{
    private const float Dpi = 72;
    private const int ChannelTolerance = 24;
    private const double PixelTolerance = 0.002; // 0.2 % of the pixels may differ (anti-aliasing across CPUs)

    public static IEnumerable<TestCaseData> Documents() =>
        DocumentSamples.Kinds.SelectMany(kind => new[] { "fr", "ar" }.Select(lang => new TestCaseData(kind, lang).SetName($"First_page_of_{kind}_in_{lang}_matches_the_reviewed_snapshot")));

    [TestCaseSource(nameof(Documents))]
    public void First_page_matches_the_reviewed_snapshot(string kind, string language)
    {
        var actual = DocumentSamples.Build(kind, language).GeneratePng(0, Dpi);
        var name = $"{kind}-{language}.png";
        var approved = Path.Combine(TestContext.CurrentContext.TestDirectory, "Snapshots", name);
        var received = Path.Combine(SourceDirectory(), "Snapshots", $"{kind}-{language}.received.png");

        var difference = File.Exists(approved) ? Difference(File.ReadAllBytes(approved), actual) : 1;
        if (difference > PixelTolerance)
        {
            File.WriteAllBytes(received, actual);
            TestContext.AddTestAttachment(received);
        }

        Assert.That(difference, Is.LessThanOrEqualTo(PixelTolerance), $"{name}: share of pixels that differ; what was rendered is in {received}");
    }

    [Test]
    public void The_comparison_sees_a_changed_label()
    {
        var page = DocumentSamples.Build("summary", "fr").GeneratePng(0, Dpi);
        var changed = DocumentSamples.Build("summary", "ar").GeneratePng(0, Dpi);

        Assert.That(Difference(page, page), Is.Zero);
        Assert.That(Difference(page, changed), Is.GreaterThan(PixelTolerance));
    }

    /// <summary>The share of pixels whose colour differs by more than a small amount on any channel (1 if the sizes differ).</summary>
    private static double Difference(byte[] expectedPng, byte[] actualPng)
    {
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
            return 1;
        var different = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                if (Math.Abs(a.Red - b.Red) > ChannelTolerance || Math.Abs(a.Green - b.Green) > ChannelTolerance || Math.Abs(a.Blue - b.Blue) > ChannelTolerance)
                    different++;
            }
        }

        return (double)different / (expected.Width * expected.Height);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path)!)!;
}
