using CaseManagement.Documents.Layout;
using CaseManagement.Documents.Rendering;
using CaseManagement.Documents.Text;

namespace CaseManagement.Documents;

/// <summary>What the PDF says about itself (document information dictionary and catalog language).</summary>
public sealed record DocumentMetadata
{
    public string Title { get; init; } = string.Empty;

    public string Author { get; init; } = string.Empty;

    public string Subject { get; init; } = string.Empty;

    /// <summary>BCP 47 tag of the main language, e.g. <c>ar</c> or <c>fr</c>.</summary>
    public string Language { get; init; } = "fr";

    public DateTimeOffset Created { get; init; }

    public string Creator { get; init; } = "CaseManagement";
}

/// <summary>The page a footer is drawn on and how many pages the document has.</summary>
public readonly record struct PageNumber(int Number, int Total);

public readonly record struct PageSize(float Width, float Height)
{
    public static readonly PageSize A4 = new(595.28f, 841.89f);
}

/// <summary>
/// A document composed declaratively, laid out once, then written as PDF or rendered page by page to PNG through the
/// same layout (so what the snapshots show is what the PDF draws).
/// </summary>
public sealed class Document
{
    private readonly DocumentDescriptor descriptor;
    private LaidOutDocument? layout;

    private Document(DocumentDescriptor descriptor) => this.descriptor = descriptor;

    public static Document Create(Action<DocumentDescriptor> compose)
    {
        var descriptor = new DocumentDescriptor();
        compose(descriptor);
        return new Document(descriptor);
    }

    public int PageCount => Layout().Pages.Count;

    public byte[] GeneratePdf()
    {
        using var stream = new MemoryStream();
        GeneratePdf(stream);
        return stream.ToArray();
    }

    public void GeneratePdf(Stream output) => PdfRenderer.Write(Layout(), descriptor.MetadataValue, output);

    /// <summary>One page as a PNG at <paramref name="dpi"/> dots per inch.</summary>
    public byte[] GeneratePng(int pageIndex, float dpi = 72) => RasterRenderer.Render(Layout(), pageIndex, dpi);

    private LaidOutDocument Layout() => layout ??= DocumentLayout.Run(descriptor);
}

public sealed class DocumentDescriptor
{
    internal DocumentMetadata MetadataValue { get; private set; } = new();

    internal bool RightToLeftValue { get; private set; }

    internal DocumentLimits LimitsValue { get; private set; } = DocumentLimits.Default;

    internal List<PageDescriptor> Pages { get; } = [];

    public DocumentDescriptor Metadata(DocumentMetadata metadata)
    {
        MetadataValue = metadata;
        return this;
    }

    /// <summary>Other bounds than <see cref="DocumentLimits.Default"/> (a register of many pages, say).</summary>
    public DocumentDescriptor Limits(DocumentLimits limits)
    {
        LimitsValue = limits;
        return this;
    }

    /// <summary>Lays columns, rows and table columns from the right, and makes neutral text right-to-left.</summary>
    public DocumentDescriptor RightToLeft(bool rightToLeft = true)
    {
        RightToLeftValue = rightToLeft;
        return this;
    }

    /// <summary>A section of pages sharing size, margins, header, footer and watermark; several follow one another.</summary>
    public DocumentDescriptor Page(Action<PageDescriptor> compose)
    {
        var page = new PageDescriptor();
        compose(page);
        Pages.Add(page);
        return this;
    }
}

public sealed class PageDescriptor
{
    internal PageSize SizeValue { get; private set; } = PageSize.A4;

    internal (float Start, float Top, float End, float Bottom) Margins { get; private set; } = (50, 40, 50, 40);

    internal TextStyle TextStyle { get; private set; } = TextStyle.Default;

    internal Container HeaderSlot { get; } = new();

    internal Container ContentSlot { get; } = new();

    internal Action<Container, PageNumber>? FooterCompose { get; private set; }

    internal string? WatermarkText { get; private set; }

    internal float Gap { get; private set; } = 10;

    public PageDescriptor Size(PageSize size)
    {
        SizeValue = size;
        return this;
    }

    public PageDescriptor Margin(float all) => Margin(all, all);

    public PageDescriptor Margin(float horizontal, float vertical)
    {
        Margins = (horizontal, vertical, horizontal, vertical);
        return this;
    }

    public PageDescriptor DefaultTextStyle(TextStyle style)
    {
        TextStyle = style;
        return this;
    }

    /// <summary>Space between header, content and footer.</summary>
    public PageDescriptor Spacing(float gap)
    {
        Gap = gap;
        return this;
    }

    public Container Header() => HeaderSlot;

    public Container Content() => ContentSlot;

    /// <summary>The footer, composed for each page once the page count is known (for "page X of Y").</summary>
    public PageDescriptor Footer(Action<Container, PageNumber> compose)
    {
        FooterCompose = compose;
        return this;
    }

    /// <summary>Large diagonal text drawn faintly behind the content of every page.</summary>
    public PageDescriptor Watermark(string text)
    {
        WatermarkText = text;
        return this;
    }
}
