using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseManagement.IntegrationTests.Security;

/// <summary>
/// What a slow connection moves: static files fingerprinted, cached a year and served compressed; pages and JSON
/// compressed for the application's own requests, never for another site's (BREACH), and never cached.
/// </summary>
public sealed partial class TransferTests : IntegrationTest
{
    private static HttpClient Raw() =>
        TestApp.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? site, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        if (site is not null)
            request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", site);
        if (bearer is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("""href="(/css/site\.[a-z0-9]+\.css)" """, RegexOptions.None)]
    private static partial Regex FingerprintedCss();

    /// <summary>
    /// The test host serves static files the way <c>dotnet run</c> does (from the source folders, revalidated each time,
    /// so that edits show), so the production headers are read where the server reads them: the build's endpoint
    /// manifest, which <c>MapStaticAssets</c> serves from in a published app. The page links the fingerprinted name.
    /// </summary>
    [Test]
    public async Task Static_files_are_linked_fingerprinted_and_served_immutable_for_a_year_and_compressed()
    {
        using var client = Raw();
        var page = await (await client.GetAsync("/Account/Login")).Content.ReadAsStringAsync();
        var css = FingerprintedCss().Match(page);
        Assert.That(css.Success, Is.True, "the page links its styles under a fingerprinted name");

        var manifest = Path.Combine(AppContext.BaseDirectory, "CaseManagement.Web.staticwebassets.endpoints.json");
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(manifest));
        var route = css.Groups[1].Value.TrimStart('/');
        var endpoints = json.RootElement.GetProperty("Endpoints").EnumerateArray().Where(e => e.GetProperty("Route").GetString() == route).ToList();
        string? Header(System.Text.Json.JsonElement endpoint, string name) => endpoint.GetProperty("ResponseHeaders").EnumerateArray()
            .Where(h => h.GetProperty("Name").GetString() == name).Select(h => h.GetProperty("Value").GetString()).FirstOrDefault();

        Assert.That(endpoints, Is.Not.Empty);
        Assert.That(endpoints.Select(e => Header(e, "Cache-Control")), Is.All.EqualTo("max-age=31536000, immutable"));
        Assert.That(endpoints.Select(e => Header(e, "Content-Encoding")), Does.Contain("gzip"), "a compressed variant is served to who accepts it");
    }

    [Test]
    public async Task Pages_are_compressed_for_the_app_itself_and_never_cached()
    {
        using var client = Raw();
        foreach (var site in new[] { "same-origin", "none" })
        {
            var answer = await GetAsync(client, "/Account/Login", site);
            Assert.That(answer.Content.Headers.ContentEncoding, Is.EquivalentTo(new[] { "br" }), site);
            Assert.That(answer.Headers.CacheControl?.NoStore, Is.True, site);
            Assert.That(await answer.Content.ReadAsByteArrayAsync(), Has.Length.LessThan(4_000), "a compressed sign-in page");
        }
    }

    [TestCase("cross-site")]
    [TestCase("same-site")]
    [TestCase(null)]
    public async Task An_answer_to_another_sites_request_is_never_compressed(string? site)
    {
        using var client = Raw();
        var answer = await GetAsync(client, "/Account/Login", site);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Content.Headers.ContentEncoding, Is.Empty, "a page that echoes input beside personal data, compressed, leaks it by size");
    }

    [Test]
    public async Task Api_answers_to_a_bearer_token_are_compressed()
    {
        var user = await TestApp.CreateUserAsync(Application.Security.Roles.SocialWorker);
        using var api = await TestApp.ApiClientAsync(user);
        var token = api.DefaultRequestHeaders.Authorization!.Parameter!;
        using var client = Raw();

        var answer = await GetAsync(client, "/api/v1/children", site: null, bearer: token);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Content.Headers.ContentEncoding, Is.EquivalentTo(new[] { "br" }));
        Assert.That(answer.Headers.CacheControl?.NoStore, Is.True);
    }
}
