using CaseManagement.Domain.Children;
using CaseManagement.Documents;

namespace CaseManagement.Application.Documents;

/// <summary>
/// The referral letter (fiche d'orientation / بطاقة التوجيه) to a partner, ending with a feedback slip the partner cuts
/// off, fills in and returns to the unit (kept whole on one page).
/// </summary>
public static class ReferralLetterDocument
{
    public sealed record Model
    {
        public string CaseNumber { get; init; } = string.Empty;
        public string ReferralReference { get; init; } = string.Empty;
        public string Partner { get; init; } = string.Empty;
        public string PartnerAr { get; init; } = string.Empty;
        public string? PartnerContact { get; init; }
        public string? ChildName { get; init; }
        public string? ChildNameAr { get; init; }
        public Sex Sex { get; init; }
        public DateOnly? DateOfBirth { get; init; }
        public bool DateOfBirthEstimated { get; init; }
        public string Service { get; init; } = string.Empty;
        public string Reason { get; init; } = string.Empty;
        public string? InformationShared { get; init; }
        public bool ConsentGiven { get; init; }
        public string? ConsentGivenBy { get; init; }
        public DateOnly? ConsentDate { get; init; }
        public DateOnly? SentOn { get; init; }
        public DateOnly? ExpectedResponseOn { get; init; }
        public string Referrer { get; init; } = string.Empty;
    }

    public static Document Compose(Model m, DocumentText L, DocumentStamp stamp)
    {
        var partner = L.RightToLeft && !string.IsNullOrWhiteSpace(m.PartnerAr) ? m.PartnerAr : m.Partner;
        return DocumentFrame.Create(L, stamp, L["Doc.Referral.Title"], body =>
        {
            body.Item().PaddingTop(4).Text(L.Format(L["Doc.Referral.To"], partner)).Bold().FontSize(10.5f);
            if (!string.IsNullOrWhiteSpace(m.PartnerContact))
                body.Item().Text(DocumentText.Contact(m.PartnerContact));
            body.Fields(
                (L["Doc.Reference"], DocumentText.Isolate(m.ReferralReference)),
                (L["Doc.CaseNumber"], DocumentText.Isolate(m.CaseNumber)),
                (L["Doc.SentOn"], L.Date(m.SentOn)),
                (L["Doc.ExpectedResponse"], L.Date(m.ExpectedResponseOn)));
            body.Paragraph(L["Doc.Referral.Intro"]);

            body.Section(L["Doc.Section.Child"]);
            body.Fields(
                (L["Doc.ChildName"], L.Name(m.ChildName, m.ChildNameAr)),
                (L["Doc.Sex"], L.Label(m.Sex)),
                (L["Doc.DateOfBirth"], L.BirthDate(m.DateOfBirth, m.DateOfBirthEstimated)));

            body.Section(L["Doc.Section.Request"]);
            body.Fields(
                (L["Doc.Service"], m.Service),
                (L["Doc.Reason"], m.Reason),
                (L["Doc.InformationShared"], m.InformationShared),
                (L["Doc.Consent"], m.ConsentGiven
                    ? L.Format(L["Doc.Referral.ConsentGiven"], m.ConsentGivenBy ?? DocumentText.Dash, L.Date(m.ConsentDate))
                    : L["Doc.Referral.ConsentOverridden"]));
            body.Paragraph(L.Format(L["Doc.Referral.Closing"], m.Referrer, L.Date(m.ExpectedResponseOn)));

            // The slip (cut line and form) is kept whole: it moves to the next page rather than being split.
            body.Item().PaddingTop(12).KeepTogether().Column(slip =>
            {
                slip.Item().Text(L["Doc.Slip.Cut"]).FontSize(7.5f).FontColor("#6B7280").AlignCenter();
                slip.Item().PaddingTop(2).Line(0.8f, "#6B7280");
                slip.Item().PaddingTop(8).Border(0.8f, "#374151").Padding(9).Column(form =>
                {
                    form.Item().Text(L["Doc.Slip.Title"]).Bold().FontSize(11);
                    form.Item().Text(L.Format(L["Doc.Slip.ReturnTo"], L.RightToLeft ? stamp.UnitNameAr : stamp.UnitName, L.Date(m.ExpectedResponseOn))).FontSize(8.5f);
                    form.Item().PaddingTop(3).Text(L.Format(L["Doc.LabelValue"], L["Doc.Reference"], $"{DocumentText.Isolate(m.ReferralReference)} — {DocumentText.Data(partner)}")).FontSize(8.5f).Bold();
                    form.Blank(L["Doc.Slip.ReceivedOn"]);
                    form.Item().PaddingTop(6).Text(L["Doc.Slip.Response"]).Bold();
                    form.Choices(L["Doc.Slip.Accepted"], L["Doc.Slip.InProgress"], L["Doc.Slip.Declined"], L["Doc.Slip.Redirected"]);
                    form.Blank(L["Doc.Slip.Observations"], 2);
                    form.Blank(L["Doc.Slip.Signature"]);
                });
            });
        });
    }
}
