using CaseManagement.Documents.Layout;
using CaseManagement.Documents.Text;

namespace CaseManagement.Documents;

/// <summary>
/// A slot in the document tree that holds one element. Decorations (padding, border, background, style,
/// keep-together) return the inner slot, so calls chain: <c>cell.Border(0.5f).Padding(4).Text("…")</c>.
/// </summary>
public sealed class Container
{
    private Action<Element>? attach;

    internal Element Element { get; private set; } = EmptyElement.Instance;

    public Container Padding(float all) => Padding(all, all, all, all);

    public Container PaddingHorizontal(float value) => Padding(value, 0, value, 0);

    public Container PaddingVertical(float value) => Padding(0, value, 0, value);

    public Container PaddingTop(float value) => Padding(0, value, 0, 0);

    public Container PaddingBottom(float value) => Padding(0, 0, 0, value);

    /// <summary>Padding on the start, top, end and bottom sides (start is the right side in a right-to-left document).</summary>
    public Container Padding(float start, float top, float end, float bottom) =>
        Wrap(inner => new PaddingElement(inner, start, top, end, bottom), (e, c) => ((PaddingElement)e).Child = c);

    public Container Border(float thickness = 0.75f, string color = "#1A1A1A") =>
        Wrap(inner => new DecorationElement(inner, null, thickness, color), (e, c) => ((DecorationElement)e).Child = c);

    public Container Background(string color) =>
        Wrap(inner => new DecorationElement(inner, color, 0, null), (e, c) => ((DecorationElement)e).Child = c);

    /// <summary>The text style inherited by all text inside.</summary>
    public Container DefaultTextStyle(Func<TextStyle, TextStyle> style) =>
        Wrap(inner => new StyleElement(inner, style), (e, c) => ((StyleElement)e).Child = c);

    /// <summary>The content moves whole to the next page rather than being split (unless it is taller than a page).</summary>
    public Container KeepTogether() =>
        Wrap(inner => new KeepTogetherElement(inner), (e, c) => ((KeepTogetherElement)e).Child = c);

    public TextDescriptor Text(string text)
    {
        var descriptor = Text();
        descriptor.Span(text);
        return descriptor;
    }

    public TextDescriptor Text()
    {
        var element = new TextElement();
        Set(element);
        return new TextDescriptor(element);
    }

    public void Column(Action<ColumnDescriptor> compose)
    {
        var element = new ColumnElement();
        Set(element);
        compose(new ColumnDescriptor(element));
    }

    public void Row(Action<RowDescriptor> compose)
    {
        var element = new RowElement();
        Set(element);
        compose(new RowDescriptor(element));
    }

    public void Table(Action<TableDescriptor> compose)
    {
        var element = new TableElement();
        Set(element);
        compose(new TableDescriptor(element));
    }

    /// <summary>A PNG or JPEG image, as wide as the container unless a width (points) is given.</summary>
    public void Image(byte[] data, float? width = null) => Set(new ImageElement(data, width));

    public void Line(float thickness = 0.5f, string color = "#9AA3AF") => Set(new LineElement(thickness, color));

    public void Space(float height) => Set(new SpaceElement(height));

    public void PageBreak() => Set(new PageBreakElement());

    public void BarChart(IEnumerable<BarChartItem> items, string color = "#2F5D8A") => Set(new BarChartElement(items.ToList(), color));

    private void Set(Element element)
    {
        if (Element is not EmptyElement)
            throw new InvalidOperationException("A container holds one element; use Column or Row for several.");
        Element = element;
        attach?.Invoke(element);
    }

    private Container Wrap(Func<Element, Element> create, Action<Element, Element> setChild)
    {
        var wrapper = create(EmptyElement.Instance);
        Set(wrapper);
        return new Container { attach = child => setChild(wrapper, child) };
    }
}

public sealed class TextDescriptor
{
    private readonly TextElement element;

    internal TextDescriptor(TextElement element) => this.element = element;

    /// <summary>Adds a span; the style methods that follow apply to it (before any span, to the whole paragraph).</summary>
    public TextDescriptor Span(string text)
    {
        element.Spans.Add((text, []));
        return this;
    }

    public TextDescriptor Bold() => Apply(s => s with { Bold = true });

    public TextDescriptor FontSize(float size) => Apply(s => s with { Size = size });

    public TextDescriptor FontColor(string color) => Apply(s => s with { Color = color });

    public TextDescriptor LineSpacing(float factor) => Apply(s => s with { LineSpacing = factor });

    public TextDescriptor Style(Func<TextStyle, TextStyle> style) => Apply(style);

    public TextDescriptor AlignStart() => Align(TextAlignment.Start);

    public TextDescriptor AlignEnd() => Align(TextAlignment.End);

    public TextDescriptor AlignCenter() => Align(TextAlignment.Center);

    public TextDescriptor Justify() => Align(TextAlignment.Justify);

    /// <summary>Sets the paragraph direction instead of taking it from the first strong character.</summary>
    public TextDescriptor Direction(TextDirection direction)
    {
        element.Direction = direction;
        return this;
    }

    private TextDescriptor Align(TextAlignment alignment)
    {
        element.Alignment = alignment;
        return this;
    }

    private TextDescriptor Apply(Func<TextStyle, TextStyle> style)
    {
        (element.Spans.Count == 0 ? element.ParagraphStyles : element.Spans[^1].Styles).Add(style);
        return this;
    }
}

public sealed class ColumnDescriptor
{
    private readonly ColumnElement element;

    internal ColumnDescriptor(ColumnElement element) => this.element = element;

    public ColumnDescriptor Spacing(float spacing)
    {
        element.Spacing = spacing;
        return this;
    }

    public Container Item()
    {
        var item = new Container();
        element.Items.Add(item);
        return item;
    }
}

public sealed class RowDescriptor
{
    private readonly RowElement element;

    internal RowDescriptor(RowElement element) => this.element = element;

    public RowDescriptor Spacing(float spacing)
    {
        element.Spacing = spacing;
        return this;
    }

    /// <summary>A share of the width left after constant items, in proportion to <paramref name="size"/>.</summary>
    public Container RelativeItem(float size = 1) => Add(size, false);

    /// <summary>An item of a fixed width in points.</summary>
    public Container ConstantItem(float width) => Add(width, true);

    private Container Add(float size, bool constant)
    {
        var item = new Container();
        element.Items.Add((size, constant, item));
        return item;
    }
}

public sealed class TableDescriptor
{
    private readonly TableElement element;

    internal TableDescriptor(TableElement element) => this.element = element;

    public TableDescriptor RelativeColumn(float size = 1)
    {
        element.Columns.Add((size, false));
        return this;
    }

    public TableDescriptor ConstantColumn(float width)
    {
        element.Columns.Add((width, true));
        return this;
    }

    public TableDescriptor CellPadding(float padding)
    {
        element.CellPadding = padding;
        return this;
    }

    public TableDescriptor BorderColor(string color)
    {
        element.BorderColor = color;
        return this;
    }

    public TableDescriptor HeaderBackground(string color)
    {
        element.HeaderBackground = color;
        return this;
    }

    /// <summary>A header cell; header rows are repeated at the top of every page the table continues on.</summary>
    public Container HeaderCell(int columnSpan = 1)
    {
        var cell = new Container();
        element.HeaderCells.Add((columnSpan, cell));
        return cell;
    }

    /// <summary>The next body cell; cells fill rows in column order (from the right in a right-to-left document).</summary>
    public Container Cell(int columnSpan = 1)
    {
        var cell = new Container();
        element.Cells.Add((columnSpan, cell));
        return cell;
    }
}
