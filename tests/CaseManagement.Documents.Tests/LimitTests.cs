namespace CaseManagement.Documents.Tests;

/// <summary>No input makes a document run away: a huge paragraph, too many pages or too much text stop the layout early.</summary>
public sealed class LimitTests
{
    [Test]
    public void A_paragraph_of_60000_characters_is_refused_before_it_is_laid_out()
    {
        var document = Document.Create(d => d.Page(p => p.Content().Text(new string('x', 60_000))));
        var refused = Assert.Throws<DocumentTooLargeException>(() => document.GeneratePdf());

        Assert.That(refused!.Limit, Is.EqualTo("paragraph characters"));
    }

    [Test]
    public void More_pages_than_allowed_is_refused_and_the_limit_can_be_raised_for_a_register()
    {
        Document Breaks(int pages, DocumentLimits? limits) => Document.Create(d =>
        {
            if (limits is not null)
                d.Limits(limits);
            d.Page(p => p.Content().Column(c =>
            {
                for (var i = 0; i < pages; i++)
                {
                    c.Item().Text("Page");
                    c.Item().PageBreak();
                }
            }));
        });

        Assert.That(Assert.Throws<DocumentTooLargeException>(() => Breaks(30, new DocumentLimits { MaxPages = 20 }).GeneratePdf())!.Limit, Is.EqualTo("pages"));
        Assert.That(Breaks(30, new DocumentLimits { MaxPages = 40 }).PageCount, Is.InRange(30, 31));
    }

    [Test]
    public void The_text_of_all_paragraphs_together_is_bounded()
    {
        var document = Document.Create(d => d.Limits(new DocumentLimits { MaxTextCharacters = 5_000, MaxPages = 1000 }).Page(p => p.Content().Column(c =>
        {
            for (var i = 0; i < 100; i++)
                c.Item().Text(new string('y', 100));
        })));

        Assert.That(Assert.Throws<DocumentTooLargeException>(() => document.GeneratePdf())!.Limit, Is.EqualTo("text characters"));
    }
}
