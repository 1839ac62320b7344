using CaseManagement.Documents.Tests.CaseDocuments;
namespace CaseManagement.Documents.Tests;

public class Scratch
{
    [Test]
    public void Write()
    {
        foreach (var kind in DocumentSamples.Kinds)
            foreach (var lang in new[] { "fr", "ar" })
            {
                var doc = DocumentSamples.Build(kind, lang);
                File.WriteAllBytes($"/tmp/doc-{kind}-{lang}.pdf", doc.GeneratePdf());
                for (var i = 0; i < doc.PageCount; i++)
                    File.WriteAllBytes($"/tmp/doc-{kind}-{lang}-{i + 1}.png", doc.GeneratePng(i, 80));
            }
    }
}
