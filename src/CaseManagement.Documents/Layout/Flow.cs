namespace CaseManagement.Documents.Layout;

internal enum AtomKind
{
    Content,
    Space,
    PageBreak,
}

/// <summary>
/// The unit of pagination: a box that is never split unless it is taller than a page (a text line, a table row, a
/// kept-together block), vertical space (dropped at the top of a page) or a page break. A table row carries its
/// table's header, which is repeated at the top of every page the table continues on.
/// </summary>
internal readonly record struct Atom(AtomKind Kind, Box Box, float X, Box? RepeatHeader = null, bool KeepWithNext = false, bool IsHeader = false);

internal sealed class FlowSink
{
    public List<Atom> Atoms { get; } = [];

    public void Add(Box box, float x) => Atoms.Add(new Atom(AtomKind.Content, box, x));

    public void Add(Atom atom) => Atoms.Add(atom);

    public void Space(float height)
    {
        if (height > 0)
            Atoms.Add(new Atom(AtomKind.Space, new Box(height, static (_, _, _) => { }), 0));
    }

    public void PageBreak() => Atoms.Add(new Atom(AtomKind.PageBreak, Box.Empty, 0));
}

/// <summary>A box, or the slice [ClipTop, ClipTop + ClipHeight) of one, placed on a page at (X, Y).</summary>
internal readonly record struct Placed(Box Box, float X, float Y, float ClipTop, float ClipHeight);

/// <summary>Places atoms on pages of a given content height, top to bottom.</summary>
internal static class Paginator
{
    private const float Epsilon = 0.01f;

    public static List<List<Placed>> Paginate(IReadOnlyList<Atom> atoms, float pageHeight)
    {
        var pages = new List<List<Placed>>();
        var page = new List<Placed>();
        float y = 0;
        Box? headerOnPage = null;

        void NewPage()
        {
            pages.Add(page);
            page = [];
            y = 0;
            headerOnPage = null;
        }

        // A header is repeated only if it leaves most of the page for rows (else every page would be all header).
        Box? Repeat(Atom atom) => atom.RepeatHeader is { } h && h.Height < pageHeight / 2 ? h : null;

        for (var i = 0; i < atoms.Count; i++)
        {
            var atom = atoms[i];
            switch (atom.Kind)
            {
                case AtomKind.PageBreak:
                    if (page.Count > 0)
                        NewPage();
                    continue;
                case AtomKind.Space:
                    if (page.Count > 0)
                        y += atom.Box.Height;
                    if (y > pageHeight)
                        NewPage();
                    continue;
            }

            var need = atom.Box.Height;
            if (atom.KeepWithNext && i + 1 < atoms.Count && atoms[i + 1].Kind == AtomKind.Content)
                need += atoms[i + 1].Box.Height;
            var header = Repeat(atom) is { } repeated && headerOnPage != repeated ? repeated : null;
            if (page.Count > 0 && y + (header?.Height ?? 0) + need > pageHeight + Epsilon && need <= pageHeight)
            {
                NewPage();
                header = Repeat(atom);
            }

            if (atom.IsHeader)
                headerOnPage = atom.Box;
            var offset = 0f;
            while (true)
            {
                if (header is not null)
                {
                    page.Add(new Placed(header, atom.X, y, 0, header.Height));
                    y += header.Height;
                    headerOnPage = header;
                    header = null;
                }

                var remaining = atom.Box.Height - offset;
                if (remaining <= pageHeight - y + Epsilon)
                {
                    page.Add(new Placed(atom.Box, atom.X, y, offset, remaining));
                    y += remaining;
                    break;
                }

                // Taller than what is left of an empty page: cut at the last safe point that fits.
                if (page.Count > 0 && y > 0 && offset == 0 && atom.Box.Height <= pageHeight)
                {
                    NewPage();
                    header = Repeat(atom);
                    continue;
                }

                var limit = offset + (pageHeight - y);
                var cut = atom.Box.SafeCut(limit);
                if (cut <= offset + 1)
                    cut = Math.Max(limit, offset + 1); // no clean cut: cut where the page ends (and always move on)
                page.Add(new Placed(atom.Box, atom.X, y, offset, cut - offset));
                offset = cut;
                NewPage();
                header = Repeat(atom);
            }
        }

        if (page.Count > 0 || pages.Count == 0)
            pages.Add(page);
        return pages;
    }
}
