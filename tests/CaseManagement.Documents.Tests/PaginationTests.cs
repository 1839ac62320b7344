using System.Globalization;

namespace CaseManagement.Documents.Tests;

/// <summary>How content flows over pages: tables repeat their header, rows and kept-together blocks are not split.</summary>
public sealed class PaginationTests
{
    private static string Row(int i) => "Ligne " + i.ToString("000", CultureInfo.InvariantCulture);

    private static Document Table(int rows, bool rtl = false, float space = 0, Action<TableDescriptor>? extra = null) => Document.Create(d => d
        .RightToLeft(rtl)
        .Page(p =>
        {
            p.Footer((c, n) => c.Text($"Page {n.Number} / {n.Total}").AlignCenter());
            p.Content().Column(column =>
            {
                if (space > 0)
                    column.Item().Space(space);
                column.Item().Table(t =>
                {
                    t.RelativeColumn(1).RelativeColumn(3);
                    t.HeaderCell().Text("Colonne A").Bold();
                    t.HeaderCell().Text("Colonne B").Bold();
                    for (var i = 1; i <= rows; i++)
                    {
                        t.Cell().Text(Row(i));
                        t.Cell().Text("Visite à domicile");
                    }

                    extra?.Invoke(t);
                });
            });
        }));

    [Test]
    public void A_table_spanning_three_pages_repeats_its_header_on_each_and_keeps_every_row_once_in_order()
    {
        var document = Table(80);
        var chunks = PdfText.Chunks(document.GeneratePdf());

        Assert.That(document.PageCount, Is.EqualTo(3));
        foreach (var page in Enumerable.Range(1, 3))
        {
            var onPage = chunks.Where(c => c.Page == page).ToList();
            var header = onPage.Single(c => c.Visual == "Colonne A");
            Assert.That(onPage.Where(c => c.Visual.StartsWith("Ligne", StringComparison.Ordinal)).Select(c => c.Y), Is.All.LessThan(header.Y), $"page {page}: header on top");
            Assert.That(onPage.Any(c => c.Visual == $"Page {page} / 3"), $"page {page} footer");
        }

        var rows = chunks.Where(c => c.Visual.StartsWith("Ligne", StringComparison.Ordinal)).OrderBy(c => c.Page).ThenByDescending(c => c.Y).Select(c => c.Visual);
        Assert.That(rows, Is.EqualTo(Enumerable.Range(1, 80).Select(Row)));
    }

    [Test]
    public void A_row_taller_than_the_space_left_moves_whole_to_the_next_page()
    {
        var tall = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"ligne {i} de la cellule"));
        var document = Table(0, space: 600, extra: t =>
        {
            t.Cell().Text("Grande ligne");
            t.Cell().Text(tall);
        });
        var chunks = PdfText.Chunks(document.GeneratePdf());

        Assert.That(document.PageCount, Is.EqualTo(2));
        Assert.That(chunks.Where(c => c.Visual.StartsWith("ligne", StringComparison.Ordinal)).Select(c => c.Page), Is.EqualTo(Enumerable.Repeat(2, 12)));
        Assert.That(chunks.Single(c => c.Visual == "Grande ligne").Page, Is.EqualTo(2));
        Assert.That(chunks.Count(c => c.Visual == "Colonne A"), Is.EqualTo(1), "the header moves with its only row");
    }

    [Test]
    public void A_row_taller_than_a_page_is_split_between_its_lines_and_nothing_is_lost()
    {
        var huge = string.Join('\n', Enumerable.Range(1, 90).Select(i => $"ligne {i:00}"));
        var document = Table(0, extra: t =>
        {
            t.Cell().Text("Très longue");
            t.Cell().Text(huge);
        });
        var lines = PdfText.Chunks(document.GeneratePdf()).Where(c => c.Visual.StartsWith("ligne", StringComparison.Ordinal)).ToList();

        Assert.That(document.PageCount, Is.GreaterThanOrEqualTo(2));
        Assert.That(lines.OrderBy(c => c.Page).ThenByDescending(c => c.Y).Select(c => c.Visual),
            Is.EqualTo(Enumerable.Range(1, 90).Select(i => $"ligne {i:00}")), "each line once, none cut in half (a cut line would be read twice or lost)");
    }

    [Test]
    public void Keep_together_moves_a_block_whole_and_a_page_break_starts_a_new_page()
    {
        var document = Document.Create(d => d.Page(p => p.Content().Column(column =>
        {
            column.Item().Space(650);
            column.Item().KeepTogether().Column(block =>
            {
                foreach (var i in Enumerable.Range(1, 8))
                    block.Item().Text($"bloc {i}");
            });
            column.Item().PageBreak();
            column.Item().Text("après le saut");
        })));
        var chunks = PdfText.Chunks(document.GeneratePdf());

        Assert.That(document.PageCount, Is.EqualTo(3));
        Assert.That(chunks.Where(c => c.Visual.StartsWith("bloc", StringComparison.Ordinal)).Select(c => c.Page), Is.EqualTo(Enumerable.Repeat(2, 8)));
        Assert.That(chunks.Single(c => c.Visual == "après le saut").Page, Is.EqualTo(3));
    }

    [Test]
    public void In_a_right_to_left_document_table_columns_and_row_items_are_laid_from_the_right()
    {
        var document = Document.Create(d => d.RightToLeft().Page(p => p.Content().Column(column =>
        {
            column.Item().Table(t =>
            {
                t.RelativeColumn().RelativeColumn().RelativeColumn();
                t.HeaderCell().Text("Premier");
                t.HeaderCell().Text("Second");
                t.HeaderCell().Text("Troisième");
            });
            column.Item().Row(r =>
            {
                r.ConstantItem(100).Text("début");
                r.RelativeItem().Text("suite");
            });
        })));
        var chunks = PdfText.Chunks(document.GeneratePdf());
        double X(string text) => chunks.Single(c => c.Visual == text).X;

        Assert.That(X("Premier"), Is.GreaterThan(X("Second")));
        Assert.That(X("Second"), Is.GreaterThan(X("Troisième")));
        Assert.That(X("début"), Is.GreaterThan(X("suite")));
    }
}

public sealed class PaginationEdgeTests
{
    [Test]
    public void A_header_taller_than_half_a_page_is_not_repeated_and_every_row_still_comes_out()
    {
        var document = Document.Create(d => d.Page(p => p.Content().Table(t =>
        {
            t.RelativeColumn();
            t.HeaderCell().Text(string.Join('\n', Enumerable.Range(1, 30).Select(i => $"en-tête {i}")));
            foreach (var i in Enumerable.Range(1, 60))
                t.Cell().Text($"rang {i}");
        })));

        var chunks = PdfText.Chunks(document.GeneratePdf());

        Assert.That(chunks.Count(c => c.Visual == "en-tête 1"), Is.EqualTo(1));
        Assert.That(chunks.Where(c => c.Visual.StartsWith("rang", StringComparison.Ordinal)).OrderBy(c => c.Page).ThenByDescending(c => c.Y).Select(c => c.Visual),
            Is.EqualTo(Enumerable.Range(1, 60).Select(i => $"rang {i}")));
    }
}

public sealed class EmptyTextTests
{
    [Test]
    public void An_empty_paragraph_takes_one_line_of_its_style()
    {
        var document = Document.Create(d => d.Page(p => p.Content().Column(c =>
        {
            c.Item().Text("avant");
            c.Item().Text().FontSize(30);
            c.Item().Text("après");
        })));

        var chunks = PdfText.Chunks(document.GeneratePdf());

        var gap = chunks.Single(c => c.Visual == "avant").Y - chunks.Single(c => c.Visual == "après").Y;
        Assert.That(gap, Is.GreaterThan(30), "the empty 30-point line sits between the two");
    }
}
