namespace CaseManagement.Domain.Children;

/// <summary>
/// One folded word of a child's names or file number, kept beside the child so a search is a range read of an index
/// (unit, word) by prefix instead of a scan of every child's names.
/// </summary>
public sealed class ChildNameToken
{
    public const int MaxLength = 64;

    private ChildNameToken()
    {
        Token = string.Empty;
    }

    public ChildNameToken(Guid unitId, string token)
    {
        UnitId = unitId;
        Token = token;
    }

    public Guid UnitId { get; private set; }
    public string Token { get; private set; }

    /// <summary>The distinct words of folded text, each cut to <see cref="MaxLength"/>.</summary>
    public static IEnumerable<string> WordsOf(string folded) =>
        folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > MaxLength ? w[..MaxLength] : w).Distinct(StringComparer.Ordinal);
}
