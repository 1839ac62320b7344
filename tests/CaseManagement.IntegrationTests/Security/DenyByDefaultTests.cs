using System.Net;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Security;

/// <summary>Every endpoint and page the app maps is enumerated, not hand-picked: a new one is covered the day it appears.</summary>
public sealed class DenyByDefaultTests : IntegrationTest
{
    /// <summary>The only doors open to anonymous visitors, each for a reason.</summary>
    private static readonly HashSet<string> Anonymous =
    [
        "POST /api/v1/auth/login", // obtaining a token
        "GET /Account/Login", "POST /Account/Login", // the sign-in page
        "GET /Account/LoginTwoFactor", "POST /Account/LoginTwoFactor", // its second step (it needs the first step's cookie)
        "GET /Account/ForgotPassword", "POST /Account/ForgotPassword", // asking for a reset link by e-mail
        "GET /Account/ResetPassword", "POST /Account/ResetPassword", // the page the link opens (it needs the link's token)
        "GET /Culture", "POST /Culture", // choosing the language on the sign-in page
        "GET /health", "HEAD /health", // the load balancer's probe
        "GET /Error", "POST /Error", // the error page, shown by re-execution only (404 when asked for), even before sign-in
        "GET /scalar/scalar.js", "GET /scalar/scalar.aspnetcore.js", "GET /scalar/favicon.svg", // the API reader's own script and icon: no data
    ];

    /// <summary>A file of wwwroot (styles, fonts), served to anybody: the sign-in page needs them; they hold no data.</summary>
    private static bool IsStaticFile(Endpoint endpoint) => endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");

    private static IEnumerable<(string Method, string Route)> Endpoints()
    {
        var sources = TestApp.Factory.Services.GetServices<EndpointDataSource>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().Where(e => !IsStaticFile(e)))
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods)
                yield return (method, route);
        }
    }

    [Test]
    public void Only_the_sign_in_language_and_health_endpoints_allow_anonymous_access()
    {
        var sources = TestApp.Factory.Services.GetServices<EndpointDataSource>();
        var open = new HashSet<string>();
        var files = sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().Where(IsStaticFile).ToList();
        Assert.That(files, Is.Not.Empty);
        Assert.That(files.Select(f => f.RoutePattern.RawText), Has.All.Match(@"^((css|lib)/[^{}]+|favicon(\.[a-z0-9]+)?\.svg(\.gz)?)$"), "only files of wwwroot, no route value");
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().Where(e => !IsStaticFile(e)))
        {
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
                continue;
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                open.Add($"{method} {route}");
        }

        Assert.That(open, Is.SubsetOf(Anonymous));
    }

    [Test]
    public async Task Anonymous_requests_get_401_from_the_api_and_the_sign_in_page_from_pages()
    {
        using var client = TestApp.AnonymousClient();
        var checkedCount = 0;
        foreach (var (method, route) in Endpoints().Distinct())
        {
            if (Anonymous.Contains($"{method} {route}"))
                continue;

            var url = System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", Guid.NewGuid().ToString());
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT")
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            checkedCount++;

            if (route.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"{method} {url}");
            }
            else
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{method} {url}");
                Assert.That(response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.ToString(), Does.Contain("/Account/Login"), $"{method} {url}");
            }
        }

        Assert.That(checkedCount, Is.GreaterThan(20), "the enumeration found the app's endpoints");
    }

    [Test]
    public async Task Health_answers_anonymously_with_the_database_checked()
    {
        using var client = TestApp.AnonymousClient();
        var response = await client.GetAsync("/health");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }
}
