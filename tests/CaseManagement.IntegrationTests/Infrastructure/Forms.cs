using System.Net;
using System.Text.RegularExpressions;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>Posts a page's form as a browser would: GET the page, take its antiforgery token, POST the fields.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IDictionary<string, string> fields, string? handler = null)
    {
        var page = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(page);
        Assert.That(token.Success, Is.True, $"{url} has an antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        var target = handler is null ? url : $"{url}?handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    /// <summary>The antiforgery token a page's form carries.</summary>
    public static string TokenOf(string html) => WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
