using System.Text;
using CaseManagement.Documents.Text;
using UglyToad.PdfPig;

namespace CaseManagement.Documents.Tests;

/// <summary>A run of text read back from a PDF page: letters on one baseline without a wide gap, in visual order.</summary>
internal sealed record PdfChunk(int Page, double X, double Y, double Right, string Visual)
{
    /// <summary>
    /// The chunk in logical (reading) order for a paragraph of the given direction, as a PDF reader rebuilds it: the
    /// bidi algorithm run on the visual order, with brackets drawn mirrored in right-to-left runs turned back.
    /// </summary>
    public string Logical(TextDirection direction)
    {
        var levels = Bidi.Levels(Visual, direction);
        var unmirrored = new string(Visual.Select((c, i) => levels[i] % 2 == 1 ? Mirror(c) : c).ToArray());
        return Bidi.Visual(unmirrored, direction);
    }

    public static char Mirror(char c) => c switch
    {
        '(' => ')', ')' => '(', '[' => ']', ']' => '[', '{' => '}', '}' => '{', '<' => '>', '>' => '<', '«' => '»', '»' => '«',
        _ => c,
    };

    public bool Has(string expected)
    {
        var wanted = PdfText.Normalize(expected);
        return Visual.Contains(wanted, StringComparison.Ordinal)
               || Logical(TextDirection.LeftToRight).Contains(wanted, StringComparison.Ordinal)
               || Logical(TextDirection.RightToLeft).Contains(wanted, StringComparison.Ordinal);
    }
}

/// <summary>
/// Reads text back with PdfPig the way a reader's search or copy would: letters grouped by baseline and gaps, Arabic
/// presentation forms normalised (NFKC) to the letters typed, then put back in logical order with the bidi algorithm.
/// </summary>
internal static class PdfText
{
    public static List<PdfChunk> Chunks(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var chunks = new List<PdfChunk>();
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters.Where(l => !string.IsNullOrEmpty(l.Value) && Math.Abs(l.EndBaseLine.Y - l.StartBaseLine.Y) < 0.5)
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 0))
                .SelectMany(line => Split(line.OrderBy(l => l.StartBaseLine.X).ToList()));
            foreach (var run in letters)
            {
                var visual = new StringBuilder();
                foreach (var letter in run)
                {
                    var value = letter.Value.Normalize(NormalizationForm.FormKC);
                    // A ligature (lam-alef) is one glyph in visual order: its letters go in reverse inside a right-to-left word.
                    if (value.Length > 1 && value.Any(c => Bidi.TypeOf(c) == BidiType.AL))
                        value = new string(value.Reverse().ToArray());
                    visual.Append(value);
                }

                chunks.Add(new PdfChunk(page.Number, run[0].StartBaseLine.X, run[0].StartBaseLine.Y, run[^1].EndBaseLine.X, Normalize(visual.ToString())));
            }
        }

        return chunks;
    }

    public static string Normalize(string text) =>
        new(text.Normalize(NormalizationForm.FormKC).Where(c => c is not ('\u200E' or '\u200F' or '\u200B' or '\uFEFF')).ToArray());

    internal static IEnumerable<List<UglyToad.PdfPig.Content.Letter>> Split(List<UglyToad.PdfPig.Content.Letter> line)
    {
        var current = new List<UglyToad.PdfPig.Content.Letter>();
        foreach (var letter in line)
        {
            if (current.Count > 0 && letter.StartBaseLine.X - current[^1].EndBaseLine.X > Math.Max(6, letter.PointSize))
            {
                yield return current;
                current = [];
            }

            current.Add(letter);
        }

        if (current.Count > 0)
            yield return current;
    }
}
