namespace CaseManagement.Documents.Tests;

/// <summary>Invented sample documents used by the library tests (no real people).</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Created = new(2026, 11, 29, 9, 30, 0, TimeSpan.Zero);

    public static Document Mixed(bool rtl, int rows = 12) => Document.Create(d => d
        .Metadata(new DocumentMetadata { Title = rtl ? "ملف تجريبي" : "Fiche d'essai", Author = "Test", Subject = "Essai", Language = rtl ? "ar" : "fr", Created = Created })
        .RightToLeft(rtl)
        .Page(p =>
        {
            p.Watermark("CONFIDENTIEL / سري");
            p.Header().Row(r =>
            {
                r.RelativeItem().Text(rtl ? "وحدة حماية الطفولة" : "Unité de protection de l'enfance").Bold().FontSize(12);
                r.ConstantItem(120).Text("UPE-SK-2026-0014").AlignEnd();
            });
            p.Footer((c, n) => c.Text($"{n.Number} / {n.Total}").AlignCenter().FontSize(8));
            p.Content().Column(col =>
            {
                col.Spacing(6);
                col.Item().Text(rtl ? "الملف رقم 2026-014 بنسبة 45% (مؤقت) للطفل Yanis Martin." : "Le dossier 2026-014 concerne (pour 45 %) l'enfant سلمى العلوي, née en 2015.").Justify();
                col.Item().Line();
                col.Item().Table(t =>
                {
                    t.RelativeColumn(1).RelativeColumn(3).ConstantColumn(70);
                    t.HeaderCell().Text("#").Bold();
                    t.HeaderCell().Text(rtl ? "الوصف" : "Description").Bold();
                    t.HeaderCell().Text(rtl ? "التاريخ" : "Date").Bold();
                    for (var i = 1; i <= rows; i++)
                    {
                        t.Cell().Text(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        t.Cell().Text(rtl ? $"زيارة منزلية رقم {i} مع الأسرة الكافلة" : $"Visite à domicile n° {i} avec la famille kafila");
                        t.Cell().Text("2026-11-29");
                    }
                });
                col.Item().BarChart([new("Négligence", 12, "12"), new("Violence physique", 7, "7"), new("إهمال", 3, "3")]);
            });
        }));
}
