using CaseManagement.Documents.Rendering;
using CaseManagement.Documents.Text;
using SkiaSharp;

namespace CaseManagement.Documents.Layout;

/// <summary>
/// A node of the declarative document tree. <see cref="Measure"/> lays it out as one box; <see cref="Flow"/> lays it out
/// as a sequence of atoms that pagination may spread over pages (the default is one unsplittable box).
/// </summary>
internal abstract class Element
{
    public abstract Box Measure(LayoutContext context, float width);

    public virtual void Flow(LayoutContext context, float width, float x, FlowSink sink) => sink.Add(Measure(context, width), x);
}

internal sealed class EmptyElement : Element
{
    public static readonly EmptyElement Instance = new();

    public override Box Measure(LayoutContext context, float width) => Box.Empty;

    public override void Flow(LayoutContext context, float width, float x, FlowSink sink)
    {
    }
}

internal sealed class TextElement : Element
{
    public List<(string Text, List<Func<TextStyle, TextStyle>> Styles)> Spans { get; } = [];

    public List<Func<TextStyle, TextStyle>> ParagraphStyles { get; } = [];

    public TextAlignment Alignment { get; set; }

    public TextDirection? Direction { get; set; }

    public override Box Measure(LayoutContext context, float width)
    {
        var lines = Lines(context, width);
        var tops = new float[lines.Count + 1];
        for (var i = 0; i < lines.Count; i++)
            tops[i + 1] = tops[i] + lines[i].Height;
        return new Box(
            tops[^1],
            (dc, x, y) =>
            {
                for (var i = 0; i < lines.Count; i++)
                    lines[i].Draw(dc, x, y + tops[i]);
            },
            cut =>
            {
                var index = Array.BinarySearch(tops, cut);
                return index >= 0 ? cut : tops[Math.Max(0, ~index - 1)];
            });
    }

    public override void Flow(LayoutContext context, float width, float x, FlowSink sink)
    {
        foreach (var line in Lines(context, width))
            sink.Add(new Box(line.Height, line.Draw), x);
    }

    private List<TextLine> Lines(LayoutContext context, float width)
    {
        var paragraph = ParagraphStyles.Aggregate(context.DefaultStyle, (style, apply) => apply(style));
        context.Spend(Spans.Sum(s => s.Text.Length));
        var spans = Spans.Select(s => new TextSpan(s.Text, s.Styles.Aggregate(paragraph, (style, apply) => apply(style)))).ToList();
        if (spans.Count == 0)
            spans.Add(new TextSpan(string.Empty, paragraph)); // an empty paragraph still takes a line of its style
        return ParagraphLayout.Layout(context.Shaper, spans, width, Alignment, Direction, context.RightToLeft);
    }
}

internal sealed class PaddingElement(Element child, float left, float top, float right, float bottom) : Element
{
    public Element Child { get; set; } = child;

    public override Box Measure(LayoutContext context, float width)
    {
        // Padding is given as start/end: in a right-to-left document "left" padding is on the right.
        var (start, end) = context.RightToLeft ? (right, left) : (left, right);
        var inner = Child.Measure(context, Math.Max(0, width - start - end));
        return new Box(
            top + inner.Height + bottom,
            (dc, x, y) => inner.Draw(dc, x + start, y + top),
            cut => cut <= top ? cut : top + inner.SafeCut(cut - top));
    }

    public override void Flow(LayoutContext context, float width, float x, FlowSink sink)
    {
        var (start, end) = context.RightToLeft ? (right, left) : (left, right);
        sink.Space(top);
        Child.Flow(context, Math.Max(0, width - start - end), x + start, sink);
        sink.Space(bottom);
    }
}

internal sealed class DecorationElement(Element child, string? background, float borderWidth, string? borderColor) : Element
{
    public Element Child { get; set; } = child;

    public override Box Measure(LayoutContext context, float width)
    {
        var inner = Child.Measure(context, width);
        var fill = background is null ? (SKColor?)null : ColorCache.Parse(background);
        var stroke = borderColor is null || borderWidth <= 0 ? (SKColor?)null : ColorCache.Parse(borderColor);
        return new Box(
            inner.Height,
            (dc, x, y) =>
            {
                var rect = new SKRect(x, y, x + width, y + inner.Height);
                if (fill is { } f)
                    dc.Canvas.DrawRect(rect, dc.Fill(f));
                inner.Draw(dc, x, y);
                if (stroke is { } s)
                    dc.Canvas.DrawRect(rect, dc.Stroke(s, borderWidth));
            },
            inner.SafeCut);
    }
}

internal sealed class StyleElement(Element child, Func<TextStyle, TextStyle> style) : Element
{
    public Element Child { get; set; } = child;

    public override Box Measure(LayoutContext context, float width) => With(context, () => Child.Measure(context, width));

    public override void Flow(LayoutContext context, float width, float x, FlowSink sink) =>
        With(context, () => { Child.Flow(context, width, x, sink); return 0; });

    private T With<T>(LayoutContext context, Func<T> action)
    {
        var saved = context.DefaultStyle;
        context.DefaultStyle = style(saved);
        try
        {
            return action();
        }
        finally
        {
            context.DefaultStyle = saved;
        }
    }
}

/// <summary>Measured as one box, so pagination moves it whole to the next page rather than splitting it.</summary>
internal sealed class KeepTogetherElement(Element child) : Element
{
    public Element Child { get; set; } = child;

    public override Box Measure(LayoutContext context, float width) => Child.Measure(context, width);
}

internal sealed class ColumnElement : Element
{
    public List<Container> Items { get; } = [];

    public float Spacing { get; set; }

    public override Box Measure(LayoutContext context, float width)
    {
        var children = new List<(Box, float, float)>();
        float y = 0;
        foreach (var item in Items)
        {
            if (children.Count > 0)
                y += Spacing;
            var box = item.Element.Measure(context, width);
            children.Add((box, 0, y));
            y += box.Height;
        }

        return Box.Stack(children, y);
    }

    public override void Flow(LayoutContext context, float width, float x, FlowSink sink)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0)
                sink.Space(Spacing);
            Items[i].Element.Flow(context, width, x, sink);
        }
    }
}

internal sealed class RowElement : Element
{
    public List<(float Size, bool Constant, Container Item)> Items { get; } = [];

    public float Spacing { get; set; }

    public override Box Measure(LayoutContext context, float width)
    {
        var widths = Widths(Items.Select(i => (i.Size, i.Constant)).ToList(), width - Spacing * Math.Max(0, Items.Count - 1));
        var children = new List<(Box, float, float)>();
        float offset = 0, height = 0;
        for (var i = 0; i < Items.Count; i++)
        {
            var box = Items[i].Item.Element.Measure(context, widths[i]);
            var x = context.RightToLeft ? width - offset - widths[i] : offset;
            children.Add((box, x, 0));
            height = Math.Max(height, box.Height);
            offset += widths[i] + Spacing;
        }

        return new Box(height, Box.Stack(children, height).Draw, cut => children.Min(c => c.Item1.Height <= cut ? cut : c.Item1.SafeCut(cut)));
    }

    /// <summary>Constant widths first, the rest shared in proportion to the relative sizes.</summary>
    internal static float[] Widths(IReadOnlyList<(float Size, bool Constant)> items, float width)
    {
        var fixedTotal = items.Where(i => i.Constant).Sum(i => i.Size);
        var relativeTotal = items.Where(i => !i.Constant).Sum(i => i.Size);
        var free = Math.Max(0, width - fixedTotal);
        return items.Select(i => i.Constant ? i.Size : relativeTotal > 0 ? free * i.Size / relativeTotal : 0).ToArray();
    }
}

internal sealed class ImageElement(byte[] data, float? width) : Element
{
    public override Box Measure(LayoutContext context, float available)
    {
        var image = context.Image(data);
        var w = Math.Min(width ?? available, available);
        var h = w * image.Height / image.Width;
        var x0 = context.RightToLeft ? available - w : 0;
        return new Box(h, (dc, x, y) =>
        {
            using var paint = new SKPaint { IsAntialias = true };
            dc.Canvas.DrawImage(image, new SKRect(x + x0, y, x + x0 + w, y + h), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        });
    }
}

internal sealed class LineElement(float thickness, string color) : Element
{
    public override Box Measure(LayoutContext context, float width)
    {
        var c = ColorCache.Parse(color);
        return new Box(thickness, (dc, x, y) => dc.Canvas.DrawRect(new SKRect(x, y, x + width, y + thickness), dc.Fill(c)));
    }
}

/// <summary>Empty room of a given height, kept even at the top of a page (unlike the spacing between column items).</summary>
internal sealed class SpaceElement(float height) : Element
{
    public override Box Measure(LayoutContext context, float width) => new(height, static (_, _, _) => { });
}

internal sealed class PageBreakElement : Element
{
    public override Box Measure(LayoutContext context, float width) => Box.Empty;

    public override void Flow(LayoutContext context, float width, float x, FlowSink sink) => sink.PageBreak();
}
