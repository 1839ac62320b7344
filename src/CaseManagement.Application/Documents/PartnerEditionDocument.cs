using CaseManagement.Application.Reports;
using CaseManagement.Documents;

namespace CaseManagement.Application.Documents;

/// <summary>
/// The partners' edition (French): the province's kafala-abroad and migration-prevention figures for a month, summed over
/// the units' validated reports, with their definitions and the hashes of the reports they come from.
/// </summary>
public static class PartnerEditionDocument
{
    public static Document Compose(PartnerFigures model, DocumentText L, string author, DateTimeOffset at)
    {
        var text = new ReportText(L);
        var month = text.MonthName(model.Year, model.Month);
        var stamp = new DocumentStamp(model.ProvinceName, model.ProvinceNameAr, author, at, null, $"{new ReportMonth(model.Year, model.Month)}");
        return DocumentFrame.Create(L, stamp, L.Format(L["Report.Partner.Title"], month), body =>
        {
            body.Fields(
                (L["Report.Province"], L.RightToLeft ? model.ProvinceNameAr : model.ProvinceName),
                (L["Report.Period"], month),
                (L["Report.Partner.Units"], L.Format(L["Report.Partner.UnitsOf"], model.UnitsReporting, model.UnitsInProvince)));
            body.Paragraph(L["Report.Partner.Intro"]);
            body.Paragraph(L["Report.Disclosure"]);
            body.DataTable(L, [0.7f, 4, 1.3f, 1.3f, 1.3f],
                [L["Report.Code"], L["Report.Indicator"], L["Report.Column.Month"], L["Report.Column.YearToDate"], L["Report.Column.LastYear"]],
                model.Indicators.Select(i => new[] { DocumentText.Isolate(i.Code), text.Indicator(i.Code), text.Value(i, i.Month), text.Value(i, i.YearToDate), text.Value(i, i.LastYear) }));
            body.Section(L["Report.Annex"]);
            body.DataTable(L, [0.8f, 2.2f, 5], [L["Report.Code"], L["Report.Indicator"], L["Report.Definition"]],
                model.Indicators.Select(i => new[] { DocumentText.Isolate(i.Code), text.Indicator(i.Code), text.Definition(i.Code, new ReportParameters()) }));
            body.Section(L["Report.Partner.Sources"]);
            body.Paragraph(model.Hashes.Count == 0 ? L["Report.Partner.NoReport"] : string.Join("\n", model.Hashes.Select(DocumentText.Isolate)));
        }, referenceLabel: "Report.Reference");
    }
}
