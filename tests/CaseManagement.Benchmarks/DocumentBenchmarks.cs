using System.Globalization;
using BenchmarkDotNet.Attributes;
using CaseManagement.Documents;

namespace CaseManagement.Benchmarks;

/// <summary>
/// The documents library's goals (issue 6): at least 300 pages per second single-threaded for a table-heavy document,
/// and a two-page bilingual document of at most 300 KB. Invented data only.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class DocumentBenchmarks
{
    public const int TableRows = 1500;

    private static readonly string[] Concerns = ["Négligence", "Violence physique", "Déscolarisation", "إهمال", "عنف جسدي", "Situation de rue"];

    /// <summary>A register of follow-ups: a four-column table of 1,500 rows over 84 pages, Latin and Arabic cells.</summary>
    public static Document TableHeavy() => Document.Create(d => d
        .Metadata(new DocumentMetadata { Title = "Registre", Author = "Benchmark", Language = "fr", Created = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero) })
        .Page(p =>
        {
            p.Watermark("CONFIDENTIEL / سري");
            p.Header().Text("Registre des suivis — UPE de Sidi Kacem").Bold().FontSize(12);
            p.Footer((c, n) => c.Text($"Page {n.Number} / {n.Total}").AlignCenter().FontSize(8));
            p.Content().Table(t =>
            {
                t.ConstantColumn(90).RelativeColumn(2).RelativeColumn(3).ConstantColumn(70);
                foreach (var header in new[] { "Dossier", "Motif", "Suivi", "Échéance" })
                    t.HeaderCell().Text(header).Bold();
                for (var i = 1; i <= TableRows; i++)
                {
                    t.Cell().Text("UPE-SK-2026-" + i.ToString("0000", CultureInfo.InvariantCulture));
                    t.Cell().Text(Concerns[i % Concerns.Length]);
                    t.Cell().Text(i % 3 == 0 ? "زيارة منزلية مع الأسرة" : "Visite à domicile n° " + (i % 12).ToString(CultureInfo.InvariantCulture));
                    t.Cell().Text(new DateOnly(2026, 1, 1).AddDays(i % 365).ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture));
                }
            });
        }));

    /// <summary>A two-page Arabic summary with a French name inside, a table, a chart and the watermark.</summary>
    public static Document TwoPages() => Document.Create(d => d
        .Metadata(new DocumentMetadata { Title = "بطاقة تركيبية", Author = "Benchmark", Language = "ar", Created = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero) })
        .RightToLeft()
        .Page(p =>
        {
            p.Watermark("CONFIDENTIEL / سري");
            p.Header().Text("وحدة حماية الطفولة بسيدي قاسم").Bold().FontSize(12);
            p.Footer((c, n) => c.Text($"الصفحة {n.Number} من {n.Total}").AlignCenter().FontSize(8));
            p.Content().Column(col =>
            {
                col.Spacing(6);
                col.Item().Text("أفادت إدارة المدرسة بغياب متكرر للطفلة Yasmine Alaoui خلال شهر أكتوبر وبوجود آثار ظاهرة على ذراعيها.").Justify();
                col.Item().Table(t =>
                {
                    t.RelativeColumn(1).RelativeColumn(3).ConstantColumn(70);
                    t.HeaderCell().Text("#").Bold();
                    t.HeaderCell().Text("الملاحظة").Bold();
                    t.HeaderCell().Text("التاريخ").Bold();
                    for (var i = 1; i <= 45; i++)
                    {
                        t.Cell().Text(i.ToString(CultureInfo.InvariantCulture));
                        t.Cell().Text($"زيارة منزلية رقم {i} مع الأسرة الكافلة — Visite n° {i}");
                        t.Cell().Text("29/11/2026");
                    }
                });
                col.Item().BarChart([new("إهمال", 12, "12"), new("عنف جسدي", 7, "7"), new("Déscolarisation", 3, "3")]);
            });
        }));

    [Benchmark(Description = "Table-heavy document (84 pages) to PDF")]
    public byte[] TableHeavyPdf() => TableHeavy().GeneratePdf();

    [Benchmark(Description = "Two-page bilingual document to PDF")]
    public byte[] TwoPagePdf() => TwoPages().GeneratePdf();
}
