using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Documents;

namespace CaseManagement.Application.Documents;

/// <summary>
/// The letter reporting a child to the Procureur du Roi (إشعار وكيل الملك), Arabic by default as official letters
/// are: the facts as received, the protection concerns, what the unit has done, and the request for measures.
/// </summary>
public static class ProsecutorLetterDocument
{
    public sealed record Model
    {
        public string CaseNumber { get; init; } = string.Empty;
        public string? Court { get; init; }
        public string? ChildName { get; init; }
        public string? ChildNameAr { get; init; }
        public Sex Sex { get; init; }
        public DateOnly? DateOfBirth { get; init; }
        public bool DateOfBirthEstimated { get; init; }
        public string? Address { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
        public IntakeChannel Channel { get; init; }
        public IReadOnlyList<string> Concerns { get; init; } = [];
        public bool Urgent { get; init; }
        public RiskLevel RiskLevel { get; init; }
        public string Facts { get; init; } = string.Empty;
        public string? ImmediateActions { get; init; }
        public string Signatory { get; init; } = string.Empty;
    }

    public static Document Compose(Model m, DocumentText L, DocumentStamp stamp)
    {
        var zone = Security.UnitClock.Zone(stamp.TimeZoneId);
        var unit = L.RightToLeft ? stamp.UnitNameAr : stamp.UnitName;
        return DocumentFrame.Create(L, stamp, L["Doc.Prosecutor.Title"], body =>
        {
            body.Item().PaddingTop(6).Text(L.Format(L["Doc.Prosecutor.Addressee"], string.IsNullOrWhiteSpace(m.Court) ? L["Doc.Prosecutor.DefaultCourt"] : m.Court))
                .Bold().FontSize(11).AlignCenter();
            body.Fields(
                (L["Doc.Subject"], L["Doc.Prosecutor.Subject"]),
                (L["Doc.Reference"], DocumentText.Isolate(m.CaseNumber)),
                (L["Doc.Urgency"], m.Urgent ? L["Doc.Urgent"] : L["Doc.NotUrgent"]));
            body.Item().PaddingTop(8).Text(L["Doc.Prosecutor.Salutation"]);
            body.Paragraph(L.Format(L["Doc.Prosecutor.Opening"], unit, L.DateTime(m.ReceivedAt, zone), L.Label(m.Channel)));

            body.Section(L["Doc.Section.Child"]);
            body.Fields(
                (L["Doc.ChildName"], L.Name(m.ChildName, m.ChildNameAr)),
                (L["Doc.Sex"], L.Label(m.Sex)),
                (L["Doc.DateOfBirth"], L.BirthDate(m.DateOfBirth, m.DateOfBirthEstimated)),
                (L["Doc.Address"], m.Address));

            body.Section(L["Doc.Section.Facts"]);
            body.Paragraph(m.Facts);
            body.Fields(
                (L["Doc.Concerns"], L.List(m.Concerns.Select(L.Concern))),
                (L["Doc.RiskLevel"], L.Label(m.RiskLevel)),
                (L["Doc.ImmediateActions"], m.ImmediateActions));

            body.Item().PaddingTop(8).Text(L["Doc.Prosecutor.Request"]).Justify().LineSpacing(1.25f);
            body.Item().PaddingTop(6).Text(L["Doc.Prosecutor.Courtesy"]).Justify().LineSpacing(1.25f);
            body.Item().PaddingTop(24).KeepTogether().Column(signature =>
            {
                signature.Item().Text(L.Format(L["Doc.Prosecutor.Signed"], m.Signatory)).Bold().AlignEnd();
                signature.Item().Text(unit).AlignEnd();
            });
        });
    }
}
