using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using CaseManagement.Application;
using CaseManagement.Application.Data;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Security;
using CaseManagement.Web.Api;
using CaseManagement.Web.Errors;
using CaseManagement.Web.Jobs;
using Hangfire;
using CaseManagement.Web.Localization;
using CaseManagement.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web;

internal static class WebRegistration
{
    public const string ApiOrPageScheme = "ApiOrPage";

    public static IServiceCollection AddCaseWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment, bool worker = false)
    {
        services.AddCaseJobs(configuration, worker);
        services.AddCaseApplication();
        services.AddMemoryCache();
        services.AddSingleton<SessionCache>();
        services.AddSingleton<IUserSessions>(sp => sp.GetRequiredService<SessionCache>());
        var dataFolder = configuration["Database:DataFolder"] ?? Path.Combine(environment.ContentRootPath, "App_Data");
        services.AddCaseData(configuration, dataFolder);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<SignInService>();
        services.AddScoped<TwoFactor>();
        services.AddSingleton<Mail.MailOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<Mail.MailOutbox>());
        services.AddScoped<PasswordReset>();

        services.AddSingleton<LoginThrottle>();
        services.AddSignInRateLimit(configuration);

        AddSecurity(services, KeyCertificate.Load(configuration, environment, dataFolder));
        AddLocalization(services);

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AuthorizeFolder("/Children", Policies.CaseWorkers);
            options.Conventions.AuthorizeFolder("/Admin", Policies.Administrators);
            options.Conventions.AuthorizeFolder("/Audit", Policies.AuditReaders);
            options.Conventions.AuthorizeFolder("/Cases", Policies.CaseWorkers);
            options.Conventions.AuthorizeFolder("/Partners", Policies.PartnerReaders);
            options.Conventions.AuthorizeFolder("/Kafala", Policies.CaseWorkers);
            options.Conventions.AuthorizeFolder("/Eps", Policies.PartnerReaders);
            options.Conventions.AuthorizeFolder("/Activities", Policies.CaseWorkers);
            options.Conventions.AuthorizeFolder("/Reports", Policies.ReportReaders);
        }).AddMvcOptions(options =>
        {
            options.Filters.Add<PageExceptionFilter>();
            // The commands' validators say what is required, in the reader's language; MVC's implicit [Required] on
            // non-nullable strings said "The Name field is required." in English under the family rows left empty.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            BindingMessages.Localize(options.ModelBindingMessageProvider);
        });

        // Arabic and accented French are written as characters, not &#x...; entities: pages are 2-3 times smaller.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // A JSON null where the type says "not null", or a missing constructor argument, is refused before any handler.
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        // Malformed bodies reach the exception handler (400 with the field), as in development, instead of an empty 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // No request is larger than an attachment: the server stops reading anything longer.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestBodySize = Uploads.MaxRequestBytes;
            options.AddServerHeader = false; // no "Server: Kestrel"
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddApiDocumentation();
        services.AddHealthChecks().AddDbContextCheck<CaseDbContext>("database");
        services.AddSafeCompression();
        services.AddSingleton<RequestBulkhead>();
        // The job server, the job registrar and the web server start side by side: pages answer without waiting for the
        // job store (measured: start to the first /health answer, README Performance).
        services.Configure<HostOptions>(o =>
        {
            o.ServicesStartConcurrently = true;
            o.ServicesStopConcurrently = true;
        });
        return services;
    }

    private static void AddSecurity(IServiceCollection services, System.Security.Cryptography.X509Certificates.X509Certificate2 keyCertificate)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ApiOrPageScheme;
                options.DefaultChallengeScheme = ApiOrPageScheme;
            })
            // The API only accepts bearer tokens (so no cross-site request can ride on a cookie); pages use the cookie;
            // the API's description (read-only) takes either.
            .AddPolicyScheme(ApiOrPageScheme, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api")
                || (ApiDocumentation.Serves(context.Request.Path) && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromMinutes(60))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30); // idle timeout: each request slides it
            options.SlidingExpiration = true;
            options.Cookie.Name = "cm.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Tokens.PasswordResetTokenProvider = ResetLinkTokens.Name; // 30 minutes, once
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CaseDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswords>()
            .AddTokenProvider<ResetLinkTokens>(ResetLinkTokens.Name)
            .AddClaimsPrincipalFactory<AppClaimsFactory>();

        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (policy, roleSet) in Policies.RoleSets)
            authorization.AddPolicy(policy, p => p.RequireRole(Roles.Split(roleSet)));
        services.AddAntiforgery(options => options.Cookie.Name = "cm.af");
        // Keys in the database (shared by every node), encrypted with a certificate that is not.
        services.AddDataProtection().SetApplicationName("CaseManagement").PersistKeysToDbContext<CaseDbContext>()
            .ProtectKeysWithCertificate(keyCertificate).UnprotectKeysWithAnyCertificate(keyCertificate);
    }

    private static void AddLocalization(IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizer>(JsonStringLocalizer.Instance);
        services.AddSingleton(JsonStringLocalizer.Instance);
        services.AddSingleton<IDocumentTexts, DocumentTexts>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures.Supported[0]);
            options.SupportedCultures = Cultures.Supported;
            options.SupportedUICultures = Cultures.Supported;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new LanguageCultureProvider(),
            ];
        });

        // FluentValidation's own messages come in fr/ar/en; field names come from our resources.
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonStringLocalizer.Instance["Field." + member.Name] is { ResourceNotFound: false } s ? s.Value : member.Name;
    }

    public static WebApplication UseCaseWeb(this WebApplication app)
    {
        // Behind a reverse proxy, trust only the configured proxies' forwarded client address and scheme.
        var proxies = app.Configuration["ReverseProxy:KnownProxies"];
        if (!string.IsNullOrWhiteSpace(proxies))
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            foreach (var address in proxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(address));
            app.UseForwardedHeaders(forwarded);
        }

        app.UseSecurityHeaders();
        var bulkhead = app.Services.GetRequiredService<RequestBulkhead>();
        app.Use((context, next) => bulkhead.InvokeAsync(context, () => next(context)));
        if (app.Configuration.GetValue("Diagnostics:ServerTiming", false))
            app.UseServerTiming();
        app.UseSafeCompression();
        // Localization first, so that error responses are written in the caller's language too.
        app.UseRequestLocalization();
        app.UseExceptionHandler("/Error");
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseSessionCheck();
        app.UseSignInGates();
        app.UseAuthorization();
        app.UseStatusCodePages();

        app.MapHealthChecks("/health").AllowAnonymous().WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
        app.MapApiDocumentation();
        var api = app.MapGroup("/api/v1");
        api.MapAuthEndpoints();
        api.MapChildrenEndpoints();
        api.MapCasesEndpoints();
        api.MapPlacementsEndpoints();
        api.MapDocumentsEndpoints();
        api.MapAdministrationEndpoints();
        api.MapAuditEndpoints();
        api.MapNotificationEndpoints();
        api.MapActivitiesEndpoints();
        api.MapReportsEndpoints();
        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Administrators, "/jobs");
        // Static files from the build's manifest: fingerprinted URLs (`~/` links) cached for a year as immutable, served
        // pre-compressed (Brotli, gzip); open to anybody (the sign-in page needs its styles).
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    /// <summary>
    /// For load runs (<c>Diagnostics:ServerTiming=true</c>, off by default): each answer says how long the database took
    /// for it and in how many commands (<c>Server-Timing: db;dur=…;desc="N"</c>), and how long the app took until the
    /// answer started (<c>app;dur=…</c>).
    /// </summary>
    private static void UseServerTiming(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var db = context.RequestServices.GetRequiredService<DatabaseTime>();
            var total = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            context.Response.Headers["Server-Timing"] = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"db;dur={db.Elapsed.TotalMilliseconds:F2};desc=\"{db.Commands}\", app;dur={total.TotalMilliseconds:F2}");
            return Task.CompletedTask;
        });
        return next();
    });

    /// <summary>
    /// The headers every answer carries, set as the answer starts so that an error answer (whose headers the exception
    /// handler clears) carries them too. Children's data is never kept by a browser or proxy cache: every answer says
    /// no-store but the static files, which say how long they keep.
    /// </summary>
    private static void UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            if (context.Response.StatusCode >= 400 || string.IsNullOrEmpty(headers.CacheControl))
                headers.CacheControl = "no-store"; // static assets set their own
            // The jobs dashboard (administrators only) and the API reader need their own inline scripts and styles.
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/jobs") || context.Request.Path.StartsWithSegments(ApiDocumentation.ReaderPath)
                ? "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
                : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            return Task.CompletedTask;
        });
        return next();
    });
}
