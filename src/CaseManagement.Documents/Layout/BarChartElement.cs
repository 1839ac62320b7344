using CaseManagement.Documents.Rendering;
using CaseManagement.Documents.Text;
using SkiaSharp;

namespace CaseManagement.Documents.Layout;

/// <summary>One bar: its label, its value (sets the length) and the value as the reader should see it.</summary>
public sealed record BarChartItem(string Label, double Value, string ValueText);

/// <summary>A horizontal bar chart: labels on the start side, bars proportional to the largest value, values at the bar ends.</summary>
internal sealed class BarChartElement(IReadOnlyList<BarChartItem> items, string color) : Element
{
    private const float BarHeight = 12;
    private const float Gap = 5;

    public override Box Measure(LayoutContext context, float width)
    {
        var labelWidth = width * 0.38f;
        var valueWidth = 44f;
        var barArea = Math.Max(10, width - labelWidth - valueWidth - 12);
        var max = items.Count == 0 ? 1 : Math.Max(items.Max(i => i.Value), 1e-9);
        var fill = ColorCache.Parse(color);
        var axis = ColorCache.Parse("#6B7280");
        var rows = new List<(Box Label, Box Value, float Bar, float Y, float Height)>();
        float y = 0;
        foreach (var item in items)
        {
            var label = Paragraph(context, item.Label, labelWidth, TextAlignment.End);
            var value = Paragraph(context, item.ValueText, valueWidth, TextAlignment.Start);
            var height = Math.Max(BarHeight, Math.Max(label.Height, value.Height));
            rows.Add((label, value, (float)(Math.Max(0, item.Value) / max * barArea), y, height));
            y += height + Gap;
        }

        var total = Math.Max(0, y - Gap);
        var rtl = context.RightToLeft;
        return new Box(total, (dc, x, top) =>
        {
            var axisX = rtl ? x + width - labelWidth - 6 : x + labelWidth + 6;
            foreach (var row in rows)
            {
                var rowTop = top + row.Y;
                var barTop = rowTop + (row.Height - BarHeight) / 2;
                row.Label.Draw(dc, rtl ? x + width - labelWidth : x, rowTop + (row.Height - row.Label.Height) / 2);
                var bar = rtl ? new SKRect(axisX - row.Bar, barTop, axisX, barTop + BarHeight) : new SKRect(axisX, barTop, axisX + row.Bar, barTop + BarHeight);
                dc.Canvas.DrawRect(bar, dc.Fill(fill));
                var valueX = rtl ? bar.Left - 4 - valueWidth : bar.Right + 4;
                row.Value.Draw(dc, valueX, rowTop + (row.Height - row.Value.Height) / 2);
            }

            dc.Canvas.DrawLine(axisX, top, axisX, top + total, dc.Stroke(axis, 0.75f));
        });
    }

    private static Box Paragraph(LayoutContext context, string text, float width, TextAlignment alignment)
    {
        var element = new TextElement { Alignment = alignment };
        element.Spans.Add((text, []));
        return element.Measure(context, width);
    }
}
