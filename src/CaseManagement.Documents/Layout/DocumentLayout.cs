using CaseManagement.Documents.Text;

namespace CaseManagement.Documents.Layout;

internal sealed record PageLayout(
    float Width, float Height, Box? Header, (float X, float Y) HeaderAt, Box? Footer, (float X, float Y) FooterAt,
    IReadOnlyList<Placed> Content, float ContentLeft, float ContentTop, float ContentWidth, Box? Watermark);

internal sealed record LaidOutDocument(IReadOnlyList<PageLayout> Pages, Shaper Shaper);

/// <summary>Lays out each section's content into pages, then headers, footers (with page numbers) and watermarks.</summary>
internal static class DocumentLayout
{
    public static LaidOutDocument Run(DocumentDescriptor document)
    {
        var shaper = new Shaper();
        var context = new LayoutContext(shaper, document.RightToLeftValue, document.LimitsValue);
        var sections = new List<(PageDescriptor Page, Box? Header, float FooterHeight, List<List<Placed>> Pages, Box? Watermark)>();
        foreach (var page in document.Pages)
        {
            context.DefaultStyle = page.TextStyle;
            var width = page.SizeValue.Width - page.Margins.Start - page.Margins.End;
            var header = page.HeaderSlot.Element is EmptyElement ? null : page.HeaderSlot.Element.Measure(context, width);
            var footerHeight = page.FooterCompose is null ? 0 : Footer(context, page, width, new PageNumber(999, 999)).Height;
            var height = page.SizeValue.Height - page.Margins.Top - page.Margins.Bottom
                - (header is null ? 0 : header.Height + page.Gap) - (page.FooterCompose is null ? 0 : footerHeight + page.Gap);
            if (height < 50)
                throw new InvalidOperationException("Header and footer leave no room for content.");
            var sink = new FlowSink();
            page.ContentSlot.Element.Flow(context, width, 0, sink);
            var watermark = page.WatermarkText is null ? null : Watermark(context, page.WatermarkText, 0.8f * MathF.Sqrt(page.SizeValue.Width * page.SizeValue.Width + page.SizeValue.Height * page.SizeValue.Height));
            sections.Add((page, header, footerHeight, Paginator.Paginate(sink.Atoms, height), watermark));
            var count = sections.Sum(s => s.Pages.Count);
            if (count > context.Limits.MaxPages)
                throw new DocumentTooLargeException("pages", count, context.Limits.MaxPages);
        }

        var total = sections.Sum(s => s.Pages.Count);
        var pages = new List<PageLayout>();
        foreach (var (page, header, footerHeight, placed, watermark) in sections)
        {
            context.DefaultStyle = page.TextStyle;
            var left = page.Margins.Start;
            var width = page.SizeValue.Width - page.Margins.Start - page.Margins.End;
            var top = page.Margins.Top + (header is null ? 0 : header.Height + page.Gap);
            foreach (var content in placed)
            {
                var footer = page.FooterCompose is null ? null : Footer(context, page, width, new PageNumber(pages.Count + 1, total));
                var footerY = page.SizeValue.Height - page.Margins.Bottom - footerHeight;
                pages.Add(new PageLayout(
                    page.SizeValue.Width, page.SizeValue.Height, header, (left, page.Margins.Top), footer, (left, footerY),
                    content, left, top, width, watermark));
            }
        }

        return new LaidOutDocument(pages, shaper);
    }

    private static Box Footer(LayoutContext context, PageDescriptor page, float width, PageNumber number)
    {
        var slot = new Container();
        page.FooterCompose!(slot, number);
        return slot.Element.Measure(context, width);
    }

    private static Box Watermark(LayoutContext context, string text, float width)
    {
        var element = new TextElement { Alignment = TextAlignment.Center };
        element.Spans.Add((text, [s => s with { Size = 54, Bold = true, Color = "#1FC0392B", LineSpacing = 1 }]));
        return element.Measure(context, width);
    }
}
