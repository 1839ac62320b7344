using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CaseManagement.Web.Charts;

/// <summary>One bar as the page shows it: a label, a value that sets its length (null when withheld) and the text at its end.</summary>
public sealed record Bar(string Label, long? Value, string ValueText);

/// <summary>A chart for a page: a title, its bars, and the label of its value column in the table that goes with it.</summary>
public sealed record BarChartModel(string Id, string Title, IReadOnlyList<Bar> Bars, string LabelHeader, string ValueHeader)
{
    /// <summary>A chart of counts: titles and headers from resource keys, each bar labelled by <paramref name="label"/>.</summary>
    public static BarChartModel Of(Microsoft.Extensions.Localization.IStringLocalizer l, string id, string title, string labelHeader,
        IReadOnlyList<Application.Features.Dashboards.ChartBar> bars, Func<string, string> label) =>
        new(id, l[title], bars.Select(b => new Bar(label(b.Key), b.Value, Localization.Display.NumberText((int)b.Value))).ToList(), l[labelHeader], l["Charts.Value"]);
}

/// <summary>
/// A horizontal bar chart drawn on the server as inline SVG: no script, no style attribute (the content-security policy
/// forbids both), colours from presentation attributes. In a right-to-left page the labels sit on the right and the
/// bars grow leftwards; labels and numbers are isolated in their own direction. The chart is an image whose accessible
/// name is its title; the same numbers follow in a table.
/// </summary>
public static class BarChart
{
    private const int Width = 640;
    private const int RowHeight = 24;
    private const int LabelWidth = 250;
    private const int ValueWidth = 60;
    private const string BarColour = "#2F5D8A";
    private const string TextColour = "#212529";

    /// <summary>Arabic and accented letters written as characters, like the rest of the pages.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent Svg(BarChartModel chart, bool rightToLeft)
    {
        var max = Math.Max(1, chart.Bars.Select(b => b.Value ?? 0).DefaultIfEmpty(0).Max());
        var area = Width - LabelWidth - ValueWidth - 16;
        var height = Math.Max(RowHeight, chart.Bars.Count * RowHeight) + 4;
        var axis = rightToLeft ? Width - LabelWidth - 8 : LabelWidth + 8;
        var svg = new StringBuilder();
        var e = Encoder;
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{chart.Id}-title\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"13\" fill=\"{TextColour}\">");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = i * RowHeight + 2;
            var middle = y + RowHeight / 2 + 4;
            var length = (int)Math.Round((double)(bar.Value ?? 0) / max * area);
            // Labels sit on the start side: at the right edge of a right-to-left page, where the text's "start" is its right end.
            var (x, labelX, labelAnchor, valueX, valueAnchor) = rightToLeft
                ? (axis - length, Width - 4, "start", axis - length - 4, "end")
                : (axis, axis - 6, "end", axis + length + 4, "start");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{labelX}\" y=\"{middle}\" text-anchor=\"{labelAnchor}\" direction=\"{(rightToLeft ? "rtl" : "ltr")}\" unicode-bidi=\"isolate\">{e.Encode(bar.Label)}</text>");
            if (length > 0)
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y + 4}\" width=\"{length}\" height=\"{RowHeight - 8}\" fill=\"{BarColour}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{valueX}\" y=\"{middle}\" text-anchor=\"{valueAnchor}\" direction=\"ltr\" unicode-bidi=\"isolate\">{e.Encode(bar.ValueText)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{axis}\" y1=\"0\" x2=\"{axis}\" y2=\"{height}\" stroke=\"#6B7280\"/></svg>");
        return new HtmlString(svg.ToString());
    }
}
