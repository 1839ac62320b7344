using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace CaseManagement.Web.Security;

/// <summary>
/// Brotli and gzip for pages and JSON, without opening the door to BREACH. A compression side channel needs an attacker
/// who makes the victim's browser send many authenticated requests carrying attacker-chosen text (a search box echoes
/// its query next to children's names). Such requests come from another site: the browser says so in
/// <c>Sec-Fetch-Site</c>. So an answer is compressed only for a request the user made from the application itself or
/// typed (<c>same-origin</c>, <c>none</c>), or for an API call that carries a bearer token and no cookie (a page on
/// another site cannot attach the token). Anything else — another site's link, an old browser that does not say — gets
/// the same answer uncompressed. Static files come pre-compressed from the build (<c>MapStaticAssets</c>).
/// </summary>
public static class SafeCompression
{
    public static IServiceCollection AddSafeCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true; // safe here because of the request check below
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "application/json", "application/problem+json", "text/csv", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseSafeCompression(this IApplicationBuilder app) =>
        app.UseWhen(MayCompress, branch => branch.UseResponseCompression());

    /// <summary>Whether an answer to this request may be compressed (see the type's summary).</summary>
    public static bool MayCompress(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && request.Headers.Cookie.Count == 0)
            return true;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site is "same-origin" or "none";
    }
}
