using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web.Localization;

/// <summary>
/// The user interface's strings, one JSON file per language in Resources/ (fr is the default and the fallback).
/// One flat dictionary of keys is easier to keep complete across three languages than per-page .resx files;
/// a test checks that every key exists in all three.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer
{
    public const string DefaultLanguage = "fr";
    public static readonly string[] Languages = ["fr", "ar", "en"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _strings;

    public JsonStringLocalizer()
    {
        var assembly = typeof(JsonStringLocalizer).Assembly;
        _strings = Languages.ToFrozenDictionary(lang => lang, lang =>
        {
            using var stream = assembly.GetManifestResourceStream($"CaseManagement.Web.Resources.{lang}.json")
                               ?? throw new InvalidOperationException($"Missing resource file {lang}.json");
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary(StringComparer.Ordinal);
        });
    }

    public static JsonStringLocalizer Instance { get; } = new();

    public IReadOnlyDictionary<string, string> For(string language) => _strings[language];

    public LocalizedString this[string name]
    {
        get
        {
            var value = Find(name);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var value = Find(name);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, value ?? name, arguments), value is null);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Current().Select(kv => new LocalizedString(kv.Key, kv.Value));

    /// <summary>A message key, possibly with arguments after bars (<c>Input.TooLong|200</c>), in the current language.</summary>
    public string Translate(string message)
    {
        var bar = message.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
            return Find(message) ?? message;
        var text = Find(message[..bar]);
        if (text is null)
            return message;
        var args = message[(bar + 1)..].Split('|').Select(a => long.TryParse(a, CultureInfo.InvariantCulture, out var n) ? n.ToString("N0", CultureInfo.CurrentCulture) : a).ToArray<object>();
        return string.Format(CultureInfo.CurrentCulture, text, args);
    }

    private string? Find(string name) =>
        Current().TryGetValue(name, out var value) || _strings[DefaultLanguage].TryGetValue(name, out value) ? value : null;

    private FrozenDictionary<string, string> Current() =>
        _strings.TryGetValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var strings) ? strings : _strings[DefaultLanguage];
}

public static class Cultures
{
    /// <summary>Moroccan formats: Gregorian calendar and Western digits, also in Arabic.</summary>
    public static readonly CultureInfo[] Supported = [new("fr-MA"), new("ar-MA"), new("en-GB")];

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static CultureInfo ForLanguage(string? language) =>
        Supported.FirstOrDefault(c => c.TwoLetterISOLanguageName == language) ?? Supported[0];
}
