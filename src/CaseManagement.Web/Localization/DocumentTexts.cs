using CaseManagement.Application.Documents;

namespace CaseManagement.Web.Localization;

/// <summary>Document strings come from the same resources as the pages (Doc.*, Enum.*, Concern.* keys).</summary>
public sealed class DocumentTexts(JsonStringLocalizer localizer) : IDocumentTexts
{
    public DocumentText For(string language) => new(language, localizer.For(language));
}
