using CaseManagement.Application.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseManagement.Web.Pages.Shared;

/// <summary>
/// The pager of a list read by key: how many rows it holds ("more than 1,000" past the cap; no line when the list has no
/// count), a link back to the first page when this is not the first, and a link to the next page. <paramref name="Query"/> are the list's filters, kept
/// in both links.
/// </summary>
public sealed record PagerModel(string? CountKey, int Total, bool Capped, string? After, string? Next, IReadOnlyDictionary<string, string?> Query)
{
    public static PagerModel Of<T>(string countKey, Paged<T> page, string? after, IReadOnlyDictionary<string, string?> query) =>
        new(countKey, page.Total, page.TotalCapped, after, page.Next, query);

    public string FirstHref => Href(null);

    public string NextHref => Href(Next);

    private string Href(string? after)
    {
        var values = Query.Where(q => !string.IsNullOrEmpty(q.Value)).ToDictionary(q => q.Key, q => q.Value);
        if (after is not null)
            values["after"] = after;
        return values.Count == 0 ? "?" : QueryHelpers.AddQueryString("", values); // "?" (not ""): the same page without the cursor
    }
}
