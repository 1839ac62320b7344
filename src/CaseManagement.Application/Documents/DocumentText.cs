using System.Globalization;

namespace CaseManagement.Application.Documents;

/// <summary>The strings of the documents in one language; the web layer supplies them from its resources.</summary>
public interface IDocumentTexts
{
    DocumentText For(string language);
}

/// <summary>A document is generated as a file for a partner: in Arabic (official) or French (French partners).</summary>
public static class DocumentLanguages
{
    public const string Arabic = "ar";
    public const string French = "fr";

    public static readonly string[] All = [Arabic, French];

    public static bool IsSupported(string? language) => language is Arabic or French;
}

/// <summary>
/// Looks up document strings and formats values for one language with an explicit culture (Gregorian calendar, Western
/// digits as in Moroccan use). In Arabic, dates and references are wrapped in left-to-right marks so that "2026-014"
/// is not displayed as "014-2026" by the bidirectional algorithm; date separators are literal because ar-MA's
/// include a right-to-left mark that reorders the date's parts.
/// </summary>
public sealed class DocumentText(string language, IReadOnlyDictionary<string, string> strings)
{
    public string Language { get; } = language;

    public bool RightToLeft => Language == DocumentLanguages.Arabic;

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(language switch { DocumentLanguages.Arabic => "ar-MA", "en" => "en-GB", _ => "fr-MA" });

    public string this[string key] => strings.TryGetValue(key, out var value) ? value : key;

    public string Format(string template, params object?[] values) => string.Format(Culture, template, values);

    public string Label<T>(T value) where T : struct, Enum => this[$"Enum.{typeof(T).Name}.{value}"];

    public string Concern(string code) => this["Concern." + code];

    public string Date(DateOnly? date) => date is { } d ? Isolate(d.ToString("dd'/'MM'/'yyyy", Culture)) : Dash;

    public string DateTime(DateTimeOffset at, TimeZoneInfo zone) =>
        Isolate(TimeZoneInfo.ConvertTime(at, zone).ToString("dd'/'MM'/'yyyy HH':'mm", Culture));

    /// <summary>A date of birth, marked when it is an estimate.</summary>
    public string? BirthDate(DateOnly? date, bool estimated) =>
        date is null ? null : Date(date) + (estimated ? " " + this["Doc.Estimated"] : string.Empty);

    /// <summary>Items joined with the language's comma.</summary>
    public string List(IEnumerable<string> items) => string.Join(RightToLeft ? "، " : ", ", items);

    /// <summary>A reference, number or date kept left to right inside Arabic text.</summary>
    public string Isolate(string? text) =>
        string.IsNullOrEmpty(text) ? Dash : RightToLeft ? "\u200E" + text + "\u200E" : text;

    /// <summary>A name in both scripts, the document's script first.</summary>
    public string Name(string? latin, string? arabic)
    {
        latin = string.IsNullOrWhiteSpace(latin) ? null : latin.Trim();
        arabic = string.IsNullOrWhiteSpace(arabic) ? null : arabic.Trim();
        var (first, second) = RightToLeft ? (arabic, latin) : (latin, arabic);
        return first is null ? second ?? Dash : second is null ? first : $"{first} ({second})";
    }

    public const string Dash = "—";
}

/// <summary>What every document shows about where it comes from: the unit, who generated it and when.</summary>
public sealed record DocumentStamp(string UnitName, string UnitNameAr, string Author, DateTimeOffset GeneratedAt, string? TimeZoneId, string FileNumber);

/// <summary>A generated PDF as the API and the pages return it.</summary>
public sealed record PdfFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/pdf";
}
