using CaseManagement.Web;
using CaseManagement.Web.Startup;

var builder = WebApplication.CreateBuilder(args);

// `dotnet CaseManagement.Web.dll worker` runs the jobs without pages or API (a separate process beside the web servers).
var worker = args.Contains("worker", StringComparer.OrdinalIgnoreCase);
builder.Services.AddCaseWeb(builder.Configuration, builder.Environment, worker);
var app = builder.Build();

// `dotnet CaseManagement.Web.dll migrate` applies migrations (and first-start data) then exits: the production path.
if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    await DatabaseStartup.InitializeAsync(app.Services, migrate: true);
    return;
}

await DatabaseStartup.InitializeAsync(app.Services, migrate: app.Configuration.GetValue("Database:MigrateOnStartup", true));
if (worker)
{
    app.MapHealthChecks("/health").AllowAnonymous();
    await app.RunAsync();
    return;
}

app.UseCaseWeb();
await app.RunAsync();

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
