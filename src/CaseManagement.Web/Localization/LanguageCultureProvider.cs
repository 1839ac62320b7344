using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace CaseManagement.Web.Localization;

/// <summary>
/// The browser's languages (Accept-Language, in order of preference) mapped by their language alone to the cultures
/// the app speaks: any <c>ar-*</c> is ar-MA, any <c>fr-*</c> fr-MA, any <c>en-*</c> en-GB. ASP.NET's own provider
/// only takes exact matches or parents, so <c>ar-SA</c> or <c>en-US</c> fell back to French.
/// </summary>
public sealed class LanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var header = httpContext.Request.Headers.AcceptLanguage.ToString();
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList(header.Split(',').Take(10).ToList(), out var values))
            return NullProviderCultureResult;
        foreach (var value in values.OrderByDescending(v => v.Quality ?? 1))
        {
            var tag = value.Value.Value ?? string.Empty;
            var language = tag.Split('-', '_')[0].ToLowerInvariant();
            var culture = Cultures.Supported.FirstOrDefault(c => c.TwoLetterISOLanguageName == language);
            if (culture is not null && (value.Quality ?? 1) > 0)
                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture.Name));
        }

        return NullProviderCultureResult;
    }
}
