namespace CaseManagement.Documents.Text;

/// <summary>How a span of text looks. Sizes are in points; colours are <c>#RRGGBB</c> or <c>#AARRGGBB</c>.</summary>
public sealed record TextStyle
{
    public static readonly TextStyle Default = new();

    public float Size { get; init; } = 10;

    public bool Bold { get; init; }

    public string Color { get; init; } = "#1A1A1A";

    /// <summary>Multiplies the natural line height (ascent + descent of the faces used).</summary>
    public float LineSpacing { get; init; } = 1.1f;
}

public enum TextAlignment
{
    /// <summary>Left in a left-to-right paragraph, right in a right-to-left one.</summary>
    Start,
    End,
    Center,
    Justify,
}
