using CaseManagement.Documents.Rendering;
using CaseManagement.Documents.Text;
using SkiaSharp;

namespace CaseManagement.Documents.Layout;

/// <summary>
/// A measured piece of a page: its height for the width it was measured at, how to draw it with its top-left corner at
/// a point, and where it may be cut when it is taller than a page (between text lines rather than through them).
/// </summary>
internal sealed class Box(float height, Action<DrawContext, float, float> draw, Func<float, float>? safeCut = null)
{
    public static readonly Box Empty = new(0, static (_, _, _) => { });

    public float Height { get; } = height;

    public void Draw(DrawContext context, float x, float y) => draw(context, x, y);

    /// <summary>The largest offset ≤ <paramref name="y"/> at which a cut does not split a line of text.</summary>
    public float SafeCut(float y) => safeCut is null ? y : safeCut(y);

    public static Box Stack(IReadOnlyList<(Box Box, float X, float Y)> children, float height) => new(
        height,
        (context, x, y) =>
        {
            foreach (var child in children)
                child.Box.Draw(context, x + child.X, y + child.Y);
        },
        cut =>
        {
            // A cut inside a child is moved to that child's safe point; a cut between children is fine.
            foreach (var child in children)
            {
                if (cut > child.Y && cut < child.Y + child.Box.Height)
                {
                    var inner = child.Box.SafeCut(cut - child.Y);
                    return inner <= 0 ? child.Y : child.Y + inner;
                }
            }

            return cut;
        });
}

/// <summary>What elements need while they measure: the document's shaper and direction and the inherited text style.</summary>
internal sealed class LayoutContext(Shaper shaper, bool rightToLeft, DocumentLimits? limits = null)
{
    private long textCharacters;

    public DocumentLimits Limits { get; } = limits ?? DocumentLimits.Default;

    /// <summary>Counts a paragraph about to be laid out against the limits; refuses it before the work if it would pass them.</summary>
    public void Spend(int characters)
    {
        if (characters > Limits.MaxParagraphCharacters)
            throw new DocumentTooLargeException("paragraph characters", characters, Limits.MaxParagraphCharacters);
        textCharacters += characters;
        if (textCharacters > Limits.MaxTextCharacters)
            throw new DocumentTooLargeException("text characters", textCharacters, Limits.MaxTextCharacters);
    }

    private readonly Dictionary<byte[], SKImage> images = new(ReferenceEqualityComparer.Instance);

    public Shaper Shaper { get; } = shaper;

    public bool RightToLeft { get; } = rightToLeft;

    public TextStyle DefaultStyle { get; set; } = TextStyle.Default;

    public SKImage Image(byte[] data)
    {
        if (!images.TryGetValue(data, out var image))
        {
            image = SKImage.FromEncodedData(data) ?? throw new ArgumentException("The image is not a readable PNG or JPEG.", nameof(data));
            images[data] = image;
        }

        return image;
    }
}
