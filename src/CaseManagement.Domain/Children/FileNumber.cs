using System.Globalization;

namespace CaseManagement.Domain.Children;

/// <summary>File numbers read <c>UPE-{unit code}-{year}-{0001}</c>: one sequence per unit and year, never reused.</summary>
public static partial class FileNumber
{
    public static string Format(string unitCode, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"UPE-{unitCode}-{year:D4}-{sequence:D4}");

    /// <summary>Whether a search is a whole file number (any case), which is then looked up by its unique index.</summary>
    public static bool TryRead(string? text, out string fileNumber)
    {
        fileNumber = text?.Trim().ToUpperInvariant() ?? string.Empty;
        return Shape().IsMatch(fileNumber);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^UPE-[A-Z0-9]{1,10}-[0-9]{4}-[0-9]{4,}$")]
    private static partial System.Text.RegularExpressions.Regex Shape();
}

/// <summary>The last file number handed out for one unit and one year.</summary>
public sealed class FileNumberSequence
{
    private FileNumberSequence()
    {
    }

    public FileNumberSequence(Guid unitId, int year)
    {
        UnitId = unitId;
        Year = year;
    }

    public Guid UnitId { get; private set; }
    public int Year { get; private set; }
    public int Last { get; private set; }
}
