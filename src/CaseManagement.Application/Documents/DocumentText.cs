using System.Globalization;
using System.Text.RegularExpressions;

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
/// digits as in Moroccan use). Everything that comes from data is inserted as a bidi isolate (UAX #9 X5a–X6a), so no
/// text around it can reorder it and it cannot reorder the text around it: references, numbers, dates and phone
/// numbers as left-to-right isolates (LRI…PDI, so "2026-014" never shows as "014-2026"), names and other free text as
/// first-strong isolates (FSI…PDI, so "Amine (أمين) — 12 ans" keeps its age outside the brackets). Values given to
/// <see cref="Format"/> are isolated the same way. Date separators are literal because ar-MA's include a
/// right-to-left mark that reorders the date's parts.
/// </summary>
public sealed partial class DocumentText(string language, IReadOnlyDictionary<string, string> strings)
{
    public string Language { get; } = language;

    public bool RightToLeft => Language == DocumentLanguages.Arabic;

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(language switch { DocumentLanguages.Arabic => "ar-MA", "en" => "en-GB", _ => "fr-MA" });

    public string this[string key] => strings.TryGetValue(key, out var value) ? value : key;

    /// <summary>The template with its values inserted as isolates: text first-strong, numbers left to right.</summary>
    public string Format(string template, params object?[] values) =>
        string.Format(Culture, template, values.Select(v => v switch
        {
            null => null,
            string text => IsIsolated(text) ? text : Data(text),
            IFormattable number => new LeftToRight(number),
            _ => (object)Data(v.ToString()),
        }).ToArray());

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

    /// <summary>A reference, number, date or phone number: a left-to-right isolate, whatever surrounds it.</summary>
    public static string Isolate(string? text) =>
        string.IsNullOrEmpty(text) ? Dash : IsIsolated(text) ? text : LeftToRightIsolate + text + PopIsolate;

    /// <summary>A name, a partner's name or other data in either script: a first-strong isolate (its own direction).</summary>
    public static string Data(string? text) =>
        string.IsNullOrEmpty(text) ? Dash : IsIsolated(text) ? text : FirstStrongIsolate + text + PopIsolate;

    /// <summary>Contact details: the whole as a first-strong isolate, each phone number in it as a left-to-right one.</summary>
    public static string Contact(string? text) =>
        string.IsNullOrEmpty(text) ? Dash : Data(PhoneNumber().Replace(text, m => LeftToRightIsolate + m.Value + PopIsolate));

    private static bool IsIsolated(string text) =>
        text.Length >= 2 && text[0] is LeftToRightIsolate or FirstStrongIsolate && text[^1] == PopIsolate;

    /// <summary>A phone number inside free text: digits with spaces, dots or hyphens, optionally after a plus.</summary>
    [GeneratedRegex(@"\+?\d[\d .\-]{4,}\d", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex PhoneNumber();

    public const char LeftToRightIsolate = '\u2066';
    public const char FirstStrongIsolate = '\u2068';
    public const char PopIsolate = '\u2069';

    /// <summary>A number formatted by the template's culture and format, as a left-to-right isolate.</summary>
    private sealed class LeftToRight(IFormattable value) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) =>
            LeftToRightIsolate + value.ToString(format, formatProvider) + PopIsolate;

        public override string ToString() => ToString(null, null);
    }

    /// <summary>A name in both scripts, the document's script first.</summary>
    public string Name(string? latin, string? arabic)
    {
        latin = string.IsNullOrWhiteSpace(latin) ? null : latin.Trim();
        arabic = string.IsNullOrWhiteSpace(arabic) ? null : arabic.Trim();
        var (first, second) = RightToLeft ? (arabic, latin) : (latin, arabic);
        return first is null ? Data(second) : second is null ? Data(first) : $"{Data(first)} ({Data(second)})";
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
