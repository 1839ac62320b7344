using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.Application.Security;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseManagement.IntegrationTests.Security;

/// <summary>The OpenAPI document integrators read: reachable as they call the API, and true to the bodies the endpoints really read.</summary>
public sealed partial class ApiDocumentationTests : IntegrationTest
{
    private static async Task<JsonElement> DocumentAsync()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var api = await TestApp.ApiClientAsync(worker);
        var response = await api.GetAsync("/openapi/v1.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a bearer token opens the document");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Test]
    public async Task The_document_opens_with_a_bearer_token_or_the_pages_cookie_and_to_nobody_else()
    {
        var document = await DocumentAsync();
        Assert.That(document.GetProperty("paths").TryGetProperty("/api/v1/children", out _), Is.True);

        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var pages = await TestApp.PageClientAsync(worker);
        Assert.That(await pages.GetStringAsync("/openapi/v1.json"), Does.Contain("/api/v1/children"));

        using var anonymous = TestApp.AnonymousClient();
        Assert.That((await anonymous.GetAsync("/openapi/v1.json")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        Assert.That((await anonymous.GetAsync("/openapi/v1.json")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Every_operation_but_sign_in_declares_the_bearer_scheme_and_its_problem_answers()
    {
        var document = await DocumentAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.That(scheme.GetProperty("type").GetString(), Is.EqualTo("http"));
        Assert.That(scheme.GetProperty("scheme").GetString(), Is.EqualTo("bearer"));

        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            operations++;
            var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
            var responses = operation.Value.GetProperty("responses");
            Assert.That(responses.TryGetProperty("500", out _), Is.True, name);
            if (name == "POST /api/v1/auth/login")
            {
                Assert.That(operation.Value.TryGetProperty("security", out _), Is.False, name);
                continue;
            }

            Assert.That(operation.Value.GetProperty("security")[0].TryGetProperty("Bearer", out _), Is.True, name);
            Assert.That(responses.TryGetProperty("401", out _) && responses.TryGetProperty("403", out _), Is.True, name);
            if (operation.Name is "post" or "put")
            {
                var bad = responses.GetProperty("400").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
                Assert.That(bad.GetProperty("$ref").GetString(), Does.EndWith("/HttpValidationProblemDetails"), name);
            }
        }

        Assert.That(operations, Is.GreaterThan(80));
    }

    [Test]
    public async Task Every_json_body_has_its_own_schema_with_exactly_the_members_the_endpoint_reads()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var json = TestApp.Factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var bodies = new Dictionary<string, Type>();

        foreach (var endpoint in TestApp.Factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not { RequestType: { } body } accepts || !accepts.ContentTypes.Contains("application/json"))
                continue;
            var route = "/" + Constraint().Replace(endpoint.RoutePattern.RawText!.Trim('/'), "}");
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single().ToLowerInvariant();
            var name = $"{method.ToUpperInvariant()} {route}";
            var schema = document.GetProperty("paths").GetProperty(route).GetProperty(method)
                .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");

            var reference = schema.GetProperty("$ref").GetString()!;
            var schemaName = reference[(reference.LastIndexOf('/') + 1)..];
            Assert.That(bodies.TryGetValue(schemaName, out var other) ? other : body, Is.EqualTo(body), $"{name}: schema {schemaName} also names {other}");
            bodies[schemaName] = body;
            Assert.That(schemaName, Is.EqualTo(CaseManagement.Web.Api.ApiDocumentation.SchemaName(json.GetTypeInfo(body))), name);

            var documented = schemas.GetProperty(schemaName).GetProperty("properties").EnumerateObject().Select(p => p.Name).Order();
            var read = json.GetTypeInfo(body).Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).Select(p => p.Name).Order();
            Assert.That(documented, Is.EqualTo(read), name);
        }

        Assert.That(bodies, Has.Count.GreaterThan(30), "the JSON bodies of the API");
        Assert.That(schemas.EnumerateObject().Select(s => s.Name), Has.None.Match("^Command[0-9]*$"), "no schema is named for no use case");
    }

    [Test]
    public async Task The_reader_is_for_signed_in_users_and_loads_nothing_from_elsewhere()
    {
        using var anonymous = TestApp.AnonymousClient();
        Assert.That((await anonymous.GetAsync("/scalar")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var pages = await TestApp.PageClientAsync(worker);
        var reader = await pages.GetAsync("/scalar/");
        Assert.That(reader.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await reader.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("openapi/v1.json"));
        Assert.That(Sources().Matches(html).Select(m => m.Groups[1].Value), Has.None.StartWith("http").And.None.StartWith("//"),
            "scripts and styles come from this server");
        Assert.That(reader.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'self'"));
    }

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex Sources();
}
