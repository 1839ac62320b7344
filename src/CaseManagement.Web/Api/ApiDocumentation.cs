using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace CaseManagement.Web.Api;

/// <summary>
/// The API's OpenAPI document (<c>/openapi/v1.json</c>) and its reading UI (<c>/scalar</c>), for signed-in users:
/// one schema per request and response type, named after its use case (<c>CreateUnit.Command</c> is
/// <c>CreateUnitCommand</c>); the bearer scheme on every operation but sign-in; the problem details each can answer.
/// </summary>
internal static class ApiDocumentation
{
    public const string BearerScheme = "Bearer";
    public const string ReaderPath = "/scalar";

    /// <summary>The document and its reader: reachable with a bearer token or the pages' cookie.</summary>
    public static bool Serves(PathString path) => path.StartsWithSegments("/openapi") || path.StartsWithSegments(ReaderPath);

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.CreateSchemaReferenceId = SchemaName;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "CaseManagement API";
                document.Info.Description = "Obtain a token with POST /api/v1/auth/login (e-mail and password), then send it as "
                                            + "`Authorization: Bearer <accessToken>`. Errors are problem details (RFC 9457): "
                                            + "400 lists the fields at fault, 500 gives the traceId to quote.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The accessToken answered by POST /api/v1/auth/login (valid 60 minutes).",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(DescribeRefusalsAsync);
        });

    public static void MapApiDocumentation(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(ReaderPath, options => options
            .WithTitle("CaseManagement API")
            .DisableDefaultFonts() // no font from a CDN: the page loads nothing from outside the server
            .AddPreferredSecuritySchemes(BearerScheme));
    }

    /// <summary>
    /// A schema's name: a nested type is named with the use case it belongs to; a generic one with its arguments'
    /// names (<c>Paged&lt;ListCases.Item&gt;</c> is <c>PagedOfListCasesItem</c>). Null: written inline.
    /// </summary>
    internal static string? SchemaName(JsonTypeInfo info) =>
        OpenApiOptions.CreateDefaultSchemaReferenceId(info) is null ? null : Name(info.Type);

    private static string Name(Type type)
    {
        var prefix = type.IsNested && type.DeclaringType is { } declaring ? Name(declaring) : string.Empty;
        if (!type.IsGenericType)
            return prefix + type.Name;
        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return prefix + name + "Of" + string.Join("And", type.GetGenericArguments().Select(Name));
    }

    /// <summary>A reference to the shared schema of a problem type (written once in components).</summary>
    private static async Task<IOpenApiSchema> ReferenceAsync(OpenApiOperationTransformerContext context, Type type, CancellationToken ct)
    {
        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(type.Name))
            document.AddComponent(type.Name, await context.GetOrCreateSchemaAsync(type, null, ct));
        return new OpenApiSchemaReference(type.Name, document);
    }

    private static async Task DescribeRefusalsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var method = context.Description.HttpMethod ?? "GET";
        var problem = await ReferenceAsync(context, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ct);
        var validation = await ReferenceAsync(context, typeof(HttpValidationProblemDetails), ct);
        operation.Responses ??= new OpenApiResponses();

        void Add(int status, string description, IOpenApiSchema schema)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.ContainsKey(key))
                return;
            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
            };
        }

        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
            Add(StatusCodes.Status401Unauthorized, "No valid bearer token.", problem);
            Add(StatusCodes.Status403Forbidden, "The caller's role or the record's state does not allow it.", problem);
        }

        if (context.Description.ParameterDescriptions.Count > 0 || method is "POST" or "PUT")
            Add(StatusCodes.Status400BadRequest, "Invalid input: `errors` lists each field with its messages, in the caller's language.", validation);
        if (context.Description.RelativePath?.Contains('{', StringComparison.Ordinal) == true)
            Add(StatusCodes.Status404NotFound, "No such record within the caller's reach.", problem);
        if (method is "POST" or "PUT" or "DELETE")
            Add(StatusCodes.Status409Conflict, "Stale version, a value already taken, or not allowed in the record's current state.", problem);
        Add(StatusCodes.Status500InternalServerError, "Unexpected error: quote `traceId`.", problem);
    }
}
