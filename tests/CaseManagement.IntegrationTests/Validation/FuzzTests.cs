using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Validation;

/// <summary>
/// Thousands of bad bodies over every JSON write endpoint, generated from the OpenAPI document's schemas: each body is
/// a plausible one with at least one thing wrong (a null where none is allowed, a wrong type, a text past every column,
/// a control character, a half surrogate, an undefined value, a date out of range, a list too long or with a null
/// item) or is not JSON at all. Not one may answer 5xx or 2xx, and the database must end as it began, byte for byte.
/// </summary>
public sealed partial class FuzzTests : IntegrationTest
{
    private const int Seed = 20261201;

    [Test]
    public async Task Thousands_of_bad_bodies_over_every_write_endpoint_give_no_5xx_and_change_nothing()
    {
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseStatus.InCare);
        var ids = await TestApp.WithDbAsync(async db => new Dictionary<string, string>
        {
            ["children"] = world.ChildId.ToString(),
            ["cases"] = caseId.ToString(),
            ["follow-ups"] = (await db.FollowUps.Select(f => f.Id).FirstAsync()).ToString(),
            ["units"] = world.Worker.UnitId.ToString(),
            ["users"] = world.Worker.Id.ToString(),
            ["provinces"] = (await db.Provinces.Select(p => p.Id).FirstAsync()).ToString(),
            ["communes"] = await db.Communes.Select(c => c.Code).FirstAsync(),
            ["monthly"] = "2026-11",
        });
        var clients = new Dictionary<string, HttpClient>
        {
            [Roles.SocialWorker] = await TestApp.ApiClientAsync(world.Worker),
            [Roles.Supervisor] = await TestApp.ApiClientAsync(world.Supervisor),
            [Roles.Administrator] = await TestApp.ApiClientAsync(TestApp.AdminEmail, TestApp.AdminPassword),
        };
        using var documentResponse = await clients[Roles.SocialWorker].GetAsync("/openapi/v1.json");
        var document = JsonDocument.Parse(await documentResponse.Content.ReadAsStringAsync()).RootElement.Clone();
        var schemas = new Schemas(document.GetProperty("components").GetProperty("schemas"));
        var random = new Random(Seed);
        var before = await DatabaseFingerprint.OfTestAppAsync();

        var sent = 0;
        var refusals = new Dictionary<int, int>();
        var failures = new List<string>();
        var endpoints = WriteEndpoints().ToList();
        Assert.That(endpoints, Has.Count.GreaterThan(30), "the JSON write endpoints");
        foreach (var (method, route, roles) in endpoints)
        {
            var client = clients[new[] { Roles.Supervisor, Roles.SocialWorker, Roles.Administrator }.First(r => roles.All(set => set.Contains(r)))];
            var url = RouteValue().Replace(route, m => ids.GetValueOrDefault(Family(route, m.Index), Guid.NewGuid().ToString()));
            var body = document.GetProperty("paths").GetProperty(route).GetProperty(method.ToLowerInvariant()).GetProperty("requestBody")
                .GetProperty("content").GetProperty("application/json").GetProperty("schema");
            var valid = schemas.Sample(body, 0);
            var reachedValidation = false;
            foreach (var content in Bodies(schemas, body, valid, random))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                sent++;
                refusals[status] = refusals.GetValueOrDefault(status) + 1;
                reachedValidation |= status == 400;
                if (status is < 400 or >= 500)
                    failures.Add($"{method} {route} → {status}: {Shorten(await content.ReadAsStringAsync())} {Shorten(await response.Content.ReadAsStringAsync())}");
            }

            if (!reachedValidation)
                failures.Add($"{method} {route}: no body reached validation (never a 400)");
        }

        TestContext.Out.WriteLine($"{sent} bad bodies over {endpoints.Count} endpoints: "
                                  + string.Join(", ", refusals.OrderBy(r => r.Key).Select(r => $"{r.Key}×{r.Value}")));
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(40)));
        Assert.That(sent, Is.GreaterThan(3000));
        Assert.That(await DatabaseFingerprint.OfTestAppAsync(), Is.EqualTo(before), "nothing written");
        foreach (var client in clients.Values)
            client.Dispose();
    }

    /// <summary>The endpoints that read a JSON body to change something, with the role sets they demand.</summary>
    private static IEnumerable<(string Method, string Route, List<string[]> Roles)> WriteEndpoints()
    {
        foreach (var endpoint in TestApp.Factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not { RequestType: not null } accepts || !accepts.ContentTypes.Contains("application/json")
                || endpoint.Metadata.OfType<IAllowAnonymous>().Any())
                continue;
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single();
            var roles = endpoint.Metadata.OfType<IAuthorizeData>().Where(a => a.Policy is not null)
                .Select(a => Roles.Split(Policies.RoleSets[a.Policy!])).ToList();
            yield return (method, "/" + Constraint().Replace(endpoint.RoutePattern.RawText!.Trim('/'), "}"), roles);
        }
    }

    /// <summary>The record family a route value names: the path segment before it.</summary>
    private static string Family(string route, int index) => route[..index].TrimEnd('/').Split('/')[^1];

    private static IEnumerable<HttpContent> Bodies(Schemas schemas, JsonElement schema, JsonNode? valid, Random random)
    {
        // Not JSON, or not the body asked for.
        foreach (var text in new[] { "", "{", "{\"a\":", "[]", "42", "null", "\"text\"", "{\"x\":1,}", "{'single':'quotes'}", new string('[', 5000), "{} trailing" })
            yield return Json(text);
        // Bytes that are not UTF-8, in a text the endpoint reads (else before the body).
        var validText = valid?.ToJsonString() ?? "null";
        var at = validText.IndexOf("\"Texte\"", StringComparison.Ordinal);
        byte[] notUtf8 = at < 0
            ? [0xFF, 0xFE, .. Encoding.UTF8.GetBytes(validText)]
            : [.. Encoding.UTF8.GetBytes(validText[..at]), 0x22, 0xFF, 0xFE, 0x22, .. Encoding.UTF8.GetBytes(validText[(at + 7)..])];
        yield return new ByteArrayContent(notUtf8) { Headers = { ContentType = new("application/json") } };

        // One thing wrong at a time, everywhere in the body.
        var mutations = schemas.Mutations(schema, [], 0).ToList();
        foreach (var (path, bad) in mutations)
            yield return Json(With(valid, path, bad)?.ToJsonString() ?? "null");

        // Several things wrong at once.
        for (var i = 0; i < 25 && mutations.Count > 1; i++)
        {
            var body = valid;
            for (var k = 0; k < 3; k++)
            {
                var (path, bad) = mutations[random.Next(mutations.Count)];
                body = With(body, path, bad);
            }

            yield return Json(body?.ToJsonString() ?? "null");
        }
    }

    private static StringContent Json(string text) =>
        new(text.Replace(Schemas.HalfSurrogate, "a\\ud800b", StringComparison.Ordinal), Encoding.UTF8, "application/json");

    /// <summary>The body with <paramref name="value"/> at <paramref name="path"/>; unchanged where an earlier change removed that place.</summary>
    private static JsonNode? With(JsonNode? body, string[] path, JsonNode? value)
    {
        if (path.Length == 0)
            return value?.DeepClone();
        var copy = body?.DeepClone();
        var target = copy;
        foreach (var part in path)
        {
            var parent = target;
            var index = int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1;
            var place = (parent, index) switch
            {
                (JsonArray array, >= 0) when index < array.Count => true,
                (JsonObject obj, < 0) => obj.ContainsKey(part),
                _ => false,
            };
            if (!place)
                return copy;
            if (ReferenceEquals(part, path[^1]))
            {
                if (parent is JsonArray array)
                    array[index] = value?.DeepClone();
                else
                    parent!.AsObject()[part] = value?.DeepClone();
                return copy;
            }

            target = parent is JsonArray a ? a[index] : parent![part];
        }

        return copy;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();

    [GeneratedRegex("{[^}]+}")]
    private static partial Regex RouteValue();

    /// <summary>Plausible values and definitely bad ones, from the document's JSON schemas.</summary>
    private sealed class Schemas(JsonElement components)
    {
        private const int MaxDepth = 4;
        private static readonly string Huge = new('a', 20_000); // past every column (the longest holds 8,000)

        /// <summary>Written as the escape <c>\ud800</c> (a high surrogate alone), which no JSON writer would produce.</summary>
        public const string HalfSurrogate = "HALF-SURROGATE";

        private JsonElement Resolve(JsonElement schema, out bool nullable)
        {
            nullable = false;
            while (true)
            {
                if (schema.TryGetProperty("$ref", out var reference))
                {
                    schema = components.GetProperty(reference.GetString()!.Split('/')[^1]);
                    continue;
                }

                var alternatives = schema.TryGetProperty("oneOf", out var oneOf) ? oneOf : schema.TryGetProperty("anyOf", out var anyOf) ? anyOf : default;
                if (alternatives.ValueKind == JsonValueKind.Array)
                {
                    var options = alternatives.EnumerateArray().ToList();
                    nullable |= options.Any(o => Types(o).Contains("null"));
                    schema = options.First(o => !Types(o).SequenceEqual(["null"]));
                    continue;
                }

                nullable |= Types(schema).Contains("null") || (schema.TryGetProperty("nullable", out var n) && n.GetBoolean());
                return schema;
            }
        }

        private static string[] Types(JsonElement schema) =>
            !schema.TryGetProperty("type", out var type) ? []
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray()
            : [type.GetString()!];

        private static string Kind(JsonElement schema) =>
            schema.TryGetProperty("enum", out _) ? "enum"
            : Types(schema).FirstOrDefault(t => t != "null") ?? (schema.TryGetProperty("properties", out _) ? "object" : "any");

        private static string? Format(JsonElement schema) => schema.TryGetProperty("format", out var f) ? f.GetString() : null;

        public JsonNode? Sample(JsonElement schema, int depth)
        {
            schema = Resolve(schema, out _);
            return Kind(schema) switch
            {
                "enum" => JsonValue.Create(schema.GetProperty("enum").EnumerateArray().First(e => e.ValueKind != JsonValueKind.Null).GetString()),
                "string" => Format(schema) switch
                {
                    "uuid" => JsonValue.Create(Guid.NewGuid()),
                    "date" => JsonValue.Create("2026-11-02"),
                    "date-time" => JsonValue.Create("2026-11-02T10:00:00Z"),
                    _ => JsonValue.Create("Texte"),
                },
                "integer" or "number" => JsonValue.Create(1),
                "boolean" => JsonValue.Create(true),
                "array" when depth < MaxDepth => new JsonArray(Sample(schema.GetProperty("items"), depth + 1)),
                "array" => new JsonArray(),
                "object" when depth < MaxDepth && schema.TryGetProperty("properties", out var properties) =>
                    new JsonObject(properties.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Sample(p.Value, depth + 1)))),
                _ => new JsonObject(),
            };
        }

        /// <summary>Each place in the body (a path of member names and indexes) with values none may accept there.</summary>
        public IEnumerable<(string[] Path, JsonNode? Bad)> Mutations(JsonElement schema, string[] path, int depth)
        {
            schema = Resolve(schema, out var nullable);
            if (!nullable && path.Length > 0)
                yield return (path, null);
            var kind = Kind(schema);
            IEnumerable<JsonNode?> bad = kind switch
            {
                "enum" => [JsonValue.Create("NotAValue"), JsonValue.Create(99999), JsonValue.Create(-1), new JsonArray()],
                "string" => Format(schema) switch
                {
                    "uuid" => [JsonValue.Create("not-a-guid"), JsonValue.Create(12), JsonValue.Create(Guid.NewGuid() + "\u0000")],
                    "date" => [JsonValue.Create("2026-13-45"), JsonValue.Create("1850-01-01"), JsonValue.Create("3000-01-01"), JsonValue.Create(20261101)],
                    "date-time" => [JsonValue.Create("yesterday"), JsonValue.Create(true)],
                    _ => [JsonValue.Create(42), new JsonObject(), JsonValue.Create(Huge), JsonValue.Create("a\u0001b"), JsonValue.Create("nul\u0000"),
                        JsonValue.Create(HalfSurrogate), JsonValue.Create("\u001b[31m")],
                },
                "integer" or "number" => [JsonValue.Create("abc"), JsonValue.Create(1e300), JsonValue.Create(true), new JsonArray()],
                "boolean" => [JsonValue.Create("maybe"), JsonValue.Create(2)],
                "array" => [new JsonObject(), JsonValue.Create("text")],
                "object" => [JsonValue.Create("text"), new JsonArray(), JsonValue.Create(7)],
                _ => [],
            };
            if (kind == "integer" && Format(schema) == "int32")
                bad = bad.Append(JsonValue.Create(1.5));
            foreach (var value in bad)
                yield return (path, value);

            if (depth >= MaxDepth)
                yield break;
            if (kind == "array")
            {
                var items = schema.GetProperty("items");
                Resolve(items, out var itemsNullable);
                if (!itemsNullable)
                    yield return (path, new JsonArray(null, Sample(items, depth + 1)));
                yield return (path, new JsonArray(Enumerable.Range(0, 300).Select(_ => Sample(items, depth + 1)).ToArray()));
                foreach (var mutation in Mutations(items, [.. path, "0"], depth + 1))
                    yield return mutation;
            }
            else if (kind == "object" && schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                foreach (var mutation in Mutations(property.Value, [.. path, property.Name], depth + 1))
                    yield return mutation;
            }
        }
    }
}
