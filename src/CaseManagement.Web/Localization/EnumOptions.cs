using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web.Localization;

/// <summary>Localised &lt;option&gt; lists for enums: labels come from the resources as "Enum.{Type}.{Value}".</summary>
public static class EnumOptions
{
    public static IHtmlContent Options<T>(this IStringLocalizer l, T? selected = null, string? emptyLabel = null, IEnumerable<T>? only = null)
        where T : struct, Enum
    {
        var builder = new HtmlContentBuilder();
        if (emptyLabel is not null)
            builder.AppendHtml($"<option value=\"\">{HtmlEncoder.Default.Encode(emptyLabel)}</option>");
        foreach (var value in only ?? Enum.GetValues<T>())
        {
            var isSelected = selected is { } s && EqualityComparer<T>.Default.Equals(s, value) ? " selected" : string.Empty;
            builder.AppendHtml($"<option value=\"{value}\"{isSelected}>{HtmlEncoder.Default.Encode(l.Label(value))}</option>");
        }

        return builder;
    }

    public static string Label<T>(this IStringLocalizer l, T value) where T : struct, Enum => l[$"Enum.{typeof(T).Name}.{value}"];

    public static string Concern(this IStringLocalizer l, string code) => $"{code} · {l["Concern." + code].Value}";
}
