namespace CaseManagement.Documents;

/// <summary>
/// How much a document may hold, so that no input can make the layout run for minutes or take gigabytes: checked as
/// the layout goes, before the work that would exceed them.
/// </summary>
public sealed record DocumentLimits
{
    public static readonly DocumentLimits Default = new();

    public int MaxPages { get; init; } = 500;

    /// <summary>One paragraph: far more than any field holds, far less than what makes line breaking slow.</summary>
    public int MaxParagraphCharacters { get; init; } = 20_000;

    /// <summary>All the text laid out, counted each time a paragraph is laid out.</summary>
    public int MaxTextCharacters { get; init; } = 3_000_000;
}

/// <summary>The document would exceed its <see cref="DocumentLimits"/>; nothing was produced.</summary>
public sealed class DocumentTooLargeException(string limit, long value, long max)
    : Exception($"The document exceeds its limit of {max} for {limit} ({value}).")
{
    public string Limit { get; } = limit;
}
