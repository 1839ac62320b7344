using System.Globalization;
using System.Text.Encodings.Web;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Security;
using Microsoft.AspNetCore.Html;

namespace CaseManagement.Web.Localization;

/// <summary>
/// Formatting for pages, always with the current culture named explicitly and in the unit's time zone. Every value
/// that comes from data is returned as an <see cref="Isolated"/>: in markup a <c>&lt;bdi&gt;</c> (dates, numbers,
/// references and phone numbers <c>dir="ltr"</c>; names and other text in their own direction), so that no text around
/// it can reorder it — "Rachid Alaoui · 15/10/2026" stays in that order in the Arabic interface.
/// </summary>
public static class Display
{
    public static Isolated Date(DateOnly? date) =>
        date is { } d ? Isolated.LeftToRight(d.ToString("d", WithoutMarks(CultureInfo.CurrentCulture))) : Isolated.None;

    public static Isolated DateTime(DateTimeOffset? at, string? timeZoneId)
    {
        if (at is not { } value)
            return Isolated.None;
        var local = TimeZoneInfo.ConvertTime(value, UnitClock.Zone(timeZoneId));
        return Isolated.LeftToRight(local.ToString("g", WithoutMarks(CultureInfo.CurrentCulture)));
    }

    public static Isolated Number(int value) => Isolated.LeftToRight(NumberText(value));

    /// <summary>A number alone in its element (a counter, a chart cell): nothing around it to isolate it from.</summary>
    public static string NumberText(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A reference, file number, code or phone number: left to right.</summary>
    public static Isolated Ltr(string? value) => string.IsNullOrEmpty(value) ? Isolated.None : Isolated.LeftToRight(value);

    /// <summary>A name or other text from data, in the direction of its first strong character.</summary>
    public static Isolated Data(string? value) => string.IsNullOrEmpty(value) ? Isolated.Empty : Isolated.Auto(value);

    /// <summary>Contact details: the whole isolated in its own direction, each phone number in it left to right.</summary>
    public static IHtmlContent Contact(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return Isolated.None;
        var builder = new HtmlContentBuilder();
        builder.AppendHtml("<bdi>");
        var at = 0;
        foreach (var match in DocumentText.PhoneNumber().EnumerateMatches(value))
        {
            builder.Append(value[at..match.Index]);
            builder.AppendHtml("<bdi dir=\"ltr\">");
            builder.Append(value.Substring(match.Index, match.Length));
            builder.AppendHtml("</bdi>");
            at = match.Index + match.Length;
        }

        builder.Append(value[at..]);
        builder.AppendHtml("</bdi>");
        return builder;
    }

    /// <summary>The child's name as the reader expects it: Arabic script first in Arabic, Latin first otherwise.</summary>
    public static Isolated ChildName(string? given, string? family, string? givenAr, string? familyAr)
    {
        var latin = string.Join(' ', new[] { given, family }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var arabic = string.Join(' ', new[] { givenAr, familyAr }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var first = Cultures.Language == "ar" ? arabic : latin;
        var second = Cultures.Language == "ar" ? latin : arabic;
        return first.Length == 0 ? Isolated.Auto(second) : second.Length == 0 ? Isolated.Auto(first) : Isolated.Pair(first, second);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeFormatInfo> Formats = new();

    /// <summary>
    /// A culture's date format without its bidi marks: ar-MA's separators and patterns carry right-to-left marks that
    /// reorder day, month and year; dates are written left to right in digits, as the documents write them.
    /// </summary>
    private static DateTimeFormatInfo WithoutMarks(CultureInfo culture) => Formats.GetOrAdd(culture.Name, _ =>
    {
        var format = (DateTimeFormatInfo)culture.DateTimeFormat.Clone();
        format.DateSeparator = Strip(format.DateSeparator);
        format.TimeSeparator = Strip(format.TimeSeparator);
        format.ShortDatePattern = Strip(format.ShortDatePattern);
        format.ShortTimePattern = Strip(format.ShortTimePattern);
        return DateTimeFormatInfo.ReadOnly(format);
    });

    private static string Strip(string value) =>
        value.Replace("\u200F", string.Empty, StringComparison.Ordinal).Replace("\u200E", string.Empty, StringComparison.Ordinal).Replace("\u061C", string.Empty, StringComparison.Ordinal);
}

/// <summary>
/// A value shown as a bidi isolate. In markup (Razor writes it as HTML) it is a <c>&lt;bdi&gt;</c>; where only text
/// can go (a localised sentence's argument, an attribute, a chart label) it converts to the value between Unicode
/// isolate controls (LRI or FSI … PDI), which browsers honour the same way.
/// </summary>
public sealed class Isolated : IHtmlContent
{
    private readonly string first;
    private readonly string? second;
    private readonly bool leftToRight;
    private readonly bool plain;

    private Isolated(string first, string? second, bool leftToRight, bool plain = false)
    {
        this.first = first;
        this.second = second;
        this.leftToRight = leftToRight;
        this.plain = plain;
    }

    /// <summary>No value: a dash, not isolated.</summary>
    public static Isolated None { get; } = new("—", null, false, plain: true);

    public static Isolated Empty { get; } = new(string.Empty, null, false, plain: true);

    public static Isolated LeftToRight(string value) => new(value, null, true);

    public static Isolated Auto(string value) => new(value, null, false);

    /// <summary>"first (second)": a name in both scripts, each part isolated.</summary>
    public static Isolated Pair(string first, string second) => new(first, second, false);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        if (plain)
        {
            writer.Write(first);
            return;
        }

        Write(writer, encoder, first);
        if (second is null)
            return;
        writer.Write(" (");
        Write(writer, encoder, second);
        writer.Write(')');
    }

    private void Write(TextWriter writer, HtmlEncoder encoder, string value)
    {
        writer.Write(leftToRight ? "<bdi dir=\"ltr\">" : "<bdi>");
        encoder.Encode(writer, value);
        writer.Write("</bdi>");
    }

    public override string ToString()
    {
        if (plain)
            return first;
        var open = leftToRight ? '\u2066' : '\u2068';
        return second is null ? $"{open}{first}\u2069" : $"{open}{first}\u2069 ({open}{second}\u2069)";
    }
}
