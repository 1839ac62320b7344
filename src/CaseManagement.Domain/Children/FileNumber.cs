using System.Globalization;

namespace CaseManagement.Domain.Children;

/// <summary>File numbers read <c>UPE-{unit code}-{year}-{0001}</c>: one sequence per unit and year, never reused.</summary>
public static class FileNumber
{
    public static string Format(string unitCode, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"UPE-{unitCode}-{year:D4}-{sequence:D4}");
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
