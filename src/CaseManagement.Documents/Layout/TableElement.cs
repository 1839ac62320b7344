using CaseManagement.Documents.Rendering;
using SkiaSharp;

namespace CaseManagement.Documents.Layout;

/// <summary>
/// A table: column definitions (constant or relative widths), header rows repeated on every page the table runs onto,
/// body cells filled row by row (a cell may span columns). Rows are never split unless taller than a page. In a
/// right-to-left document the first column is on the right.
/// </summary>
internal sealed class TableElement : Element
{
    public List<(float Size, bool Constant)> Columns { get; } = [];

    public List<(int Span, Container Cell)> HeaderCells { get; } = [];

    public List<(int Span, Container Cell)> Cells { get; } = [];

    public float CellPadding { get; set; } = 4;

    public string BorderColor { get; set; } = "#B0B7C3";

    public string HeaderBackground { get; set; } = "#E8EDF3";

    public override Box Measure(LayoutContext context, float width)
    {
        var (header, rows) = Rows(context, width);
        var children = new List<(Box, float, float)>();
        float y = 0;
        foreach (var row in (header is null ? [] : new[] { header }).Concat(rows))
        {
            children.Add((row, 0, y));
            y += row.Height;
        }

        return Box.Stack(children, y);
    }

    public override void Flow(LayoutContext context, float width, float x, FlowSink sink)
    {
        var (header, rows) = Rows(context, width);
        if (header is not null)
            sink.Add(new Atom(AtomKind.Content, header, x, KeepWithNext: rows.Count > 0, IsHeader: true));
        foreach (var row in rows)
            sink.Add(new Atom(AtomKind.Content, row, x, RepeatHeader: header));
    }

    private (Box? Header, List<Box> Rows) Rows(LayoutContext context, float width)
    {
        if (Columns.Count == 0)
            throw new InvalidOperationException("A table needs its columns defined.");
        var widths = RowElement.Widths(Columns, width);
        var starts = new float[widths.Length + 1];
        for (var i = 0; i < widths.Length; i++)
            starts[i + 1] = starts[i] + widths[i];
        var headerRows = Group(HeaderCells).Select(r => Row(context, r, starts, width, HeaderBackground)).ToList();
        var header = headerRows.Count == 0 ? null : Box.Stack(Stack(headerRows), headerRows.Sum(r => r.Height));
        return (header, Group(Cells).Select(r => Row(context, r, starts, width, null)).ToList());
    }

    private static List<(Box, float, float)> Stack(List<Box> rows)
    {
        var list = new List<(Box, float, float)>();
        float y = 0;
        foreach (var row in rows)
        {
            list.Add((row, 0, y));
            y += row.Height;
        }

        return list;
    }

    private List<List<(int Column, int Span, Container Cell)>> Group(List<(int Span, Container Cell)> cells)
    {
        var rows = new List<List<(int, int, Container)>>();
        var current = new List<(int, int, Container)>();
        var column = 0;
        foreach (var (span, cell) in cells)
        {
            var s = Math.Clamp(span, 1, Columns.Count);
            if (column + s > Columns.Count)
            {
                rows.Add(current);
                current = [];
                column = 0;
            }

            current.Add((column, s, cell));
            column += s;
        }

        if (current.Count > 0)
            rows.Add(current);
        return rows;
    }

    private Box Row(LayoutContext context, List<(int Column, int Span, Container Cell)> cells, float[] starts, float width, string? background)
    {
        var pad = CellPadding;
        var measured = cells.Select(c =>
        {
            var left = starts[c.Column];
            var cellWidth = starts[c.Column + c.Span] - left;
            var x = context.RightToLeft ? width - left - cellWidth : left;
            return (X: x, Width: cellWidth, Box: c.Cell.Element.Measure(context, Math.Max(0, cellWidth - 2 * pad)));
        }).ToList();
        var height = measured.Count == 0 ? 0 : measured.Max(m => m.Box.Height) + 2 * pad;
        var border = ColorCache.Parse(BorderColor);
        var fill = background is null ? (SKColor?)null : ColorCache.Parse(background);
        return new Box(
            height,
            (dc, x, y) =>
            {
                foreach (var cell in measured)
                {
                    var rect = new SKRect(x + cell.X, y, x + cell.X + cell.Width, y + height);
                    if (fill is { } f)
                        dc.Canvas.DrawRect(rect, dc.Fill(f));
                    cell.Box.Draw(dc, x + cell.X + pad, y + pad);
                    dc.Canvas.DrawRect(rect, dc.Stroke(border, 0.5f));
                }
            },
            cut =>
            {
                // Move the cut up until it splits no line in any cell.
                var result = cut;
                for (var changed = true; changed;)
                {
                    changed = false;
                    foreach (var cell in measured)
                    {
                        var inner = result - pad;
                        if (inner <= 0 || inner >= cell.Box.Height)
                            continue;
                        var safe = cell.Box.SafeCut(inner) + pad;
                        if (safe < result)
                        {
                            result = safe;
                            changed = true;
                        }
                    }
                }

                return result;
            });
    }
}
