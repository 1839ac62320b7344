using CaseManagement.Application.Security;
using CaseManagement.Documents;
using CaseManagement.Documents.Text;

namespace CaseManagement.Application.Documents;

/// <summary>
/// The frame every document shares: A4, the unit's name, the date and the author, "Confidentiel / سري" in the header
/// and as a watermark, a footer with the file number and "page X of Y", and helpers for sections, fields and tables.
/// </summary>
public static class DocumentFrame
{
    public const string Accent = "#1F3A5F";
    private const string Muted = "#5B6472";
    private const string LabelBackground = "#F1F4F8";

    /// <param name="referenceLabel">The footer's label for <see cref="DocumentStamp.FileNumber"/> ("Dossier {0}" unless said otherwise).</param>
    public static Document Create(DocumentText L, DocumentStamp stamp, string title, Action<ColumnDescriptor> body, string referenceLabel = "Doc.FileNumber")
    {
        var zone = UnitClock.Zone(stamp.TimeZoneId);
        var unit = L.RightToLeft ? stamp.UnitNameAr : stamp.UnitName;
        return Document.Create(document => document
            .Metadata(new DocumentMetadata
            {
                Title = $"{title} — {stamp.FileNumber}",
                Author = stamp.Author,
                Subject = unit,
                Language = L.Language,
                Created = stamp.GeneratedAt,
            })
            .RightToLeft(L.RightToLeft)
            .Page(page =>
            {
                page.Margin(42, 34).Spacing(12).DefaultTextStyle(TextStyle.Default with { Size = 9.5f });
                page.Watermark(L["Doc.Watermark"]);
                page.Header().Column(header =>
                {
                    header.Item().Row(row =>
                    {
                        row.RelativeItem().Column(left =>
                        {
                            left.Item().Text(unit).Bold().FontSize(11).FontColor(Accent);
                            left.Item().Text(L["Doc.Cooperation"]).FontSize(7.5f).FontColor(Muted);
                        });
                        row.ConstantItem(170).Column(right =>
                        {
                            right.Item().Text(L["Doc.Confidential"]).Bold().FontColor("#B91C1C").AlignEnd();
                            right.Item().Text(L.Format(L["Doc.GeneratedOn"], L.DateTime(stamp.GeneratedAt, zone))).FontSize(7.5f).FontColor(Muted).AlignEnd();
                            right.Item().Text(L.Format(L["Doc.GeneratedBy"], stamp.Author)).FontSize(7.5f).FontColor(Muted).AlignEnd();
                        });
                    });
                    header.Item().PaddingTop(5).Line(1.2f, Accent);
                    header.Item().PaddingTop(7).Text(title).Bold().FontSize(14).FontColor(Accent);
                });
                page.Footer((footer, number) => footer.Column(column =>
                {
                    column.Item().Line(0.5f, "#9AA3AF");
                    column.Item().PaddingTop(3).Row(row =>
                    {
                        row.RelativeItem().Text(L.Format(L[referenceLabel], DocumentText.Isolate(stamp.FileNumber))).FontSize(7.5f).FontColor(Muted);
                        row.RelativeItem().Text(L["Doc.Confidential"]).FontSize(7.5f).FontColor(Muted).AlignCenter();
                        row.RelativeItem().Text(L.Format(L["Doc.PageOf"], number.Number, number.Total)).FontSize(7.5f).FontColor(Muted).AlignEnd();
                    });
                }));
                page.Content().Column(body);
            }));
    }

    public static void Section(this ColumnDescriptor column, string title) =>
        column.Item().PaddingTop(10).Column(section =>
        {
            section.Item().Text(title).Bold().FontSize(11).FontColor(Accent);
            section.Item().PaddingTop(2).Line(0.6f, "#C7D0DC");
        });

    /// <summary>Label/value pairs in a two-column grid; empty values show a dash.</summary>
    public static void Fields(this ColumnDescriptor column, params (string Label, string? Value)[] fields) =>
        column.Item().PaddingTop(4).Table(table =>
        {
            table.ConstantColumn(150).RelativeColumn().CellPadding(3).BorderColor("#D5DBE3");
            foreach (var (label, value) in fields)
            {
                table.Cell().Background(LabelBackground).Text(label).Bold().FontColor(Muted);
                table.Cell().Text(string.IsNullOrWhiteSpace(value) ? DocumentText.Dash : value);
            }
        });

    public static void Paragraph(this ColumnDescriptor column, string? text, string? empty = null)
    {
        if (string.IsNullOrWhiteSpace(text) && empty is null)
            return;
        column.Item().PaddingTop(4).Text(string.IsNullOrWhiteSpace(text) ? empty! : text).LineSpacing(1.25f);
    }

    /// <summary>A data table: header repeated on each page, rows never split across pages; an empty table says so.</summary>
    public static void DataTable(this ColumnDescriptor column, DocumentText L, float[] widths, string[] headers, IEnumerable<string?[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            column.Item().PaddingTop(4).Text(L["Doc.None"]).FontColor(Muted);
            return;
        }

        column.Item().PaddingTop(4).Table(table =>
        {
            foreach (var width in widths)
                table.RelativeColumn(width);
            table.CellPadding(3.5f).BorderColor("#D5DBE3").HeaderBackground("#E3E9F1");
            foreach (var header in headers)
                table.HeaderCell().Text(header).Bold().FontSize(8.5f);
            foreach (var row in list)
            {
                foreach (var cell in row)
                    table.Cell().Text(string.IsNullOrWhiteSpace(cell) ? DocumentText.Dash : cell).FontSize(8.5f);
            }
        });
    }

    /// <summary>A blank to fill in by hand: a label and a dotted line.</summary>
    public static void Blank(this ColumnDescriptor column, string label, int lines = 1) =>
        column.Item().PaddingTop(6).Column(blank =>
        {
            blank.Item().Text(label).FontColor(Muted);
            for (var i = 0; i < lines; i++)
                blank.Item().PaddingTop(12).Line(0.5f, "#9AA3AF");
        });

    /// <summary>A row of tick boxes with their labels.</summary>
    public static void Choices(this ColumnDescriptor column, params string[] choices) =>
        column.Item().PaddingTop(6).Row(row =>
        {
            row.Spacing(6);
            foreach (var choice in choices)
            {
                row.ConstantItem(9).PaddingTop(2).Border(0.75f, "#374151").Space(9);
                row.RelativeItem().Text(choice);
            }
        });
}
