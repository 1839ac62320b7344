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
    return 0;
}

// `backup FILE` / `restore FILE`: the embedded database, consistent while the app runs / only while it is stopped.
if (args.Length >= 2 && args[^2] is "backup" or "restore")
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<CaseManagement.Application.Data.CaseDbContext>();
    try
    {
        Console.WriteLine(args[^2] == "backup" ? await DatabaseBackup.BackupAsync(db, args[^1]) : await DatabaseBackup.RestoreAsync(db, args[^1]));
        return 0;
    }
    catch (BackupException ex)
    {
        await Console.Error.WriteLineAsync(ex.Message);
        return 1;
    }
}

await DatabaseStartup.InitializeAsync(app.Services, migrate: app.Configuration.GetValue("Database:MigrateOnStartup", true));
using var running = DatabaseBackup.HoldRunningLock(app.Services);
if (worker)
{
    app.MapHealthChecks("/health").AllowAnonymous();
    await app.RunAsync();
    return 0;
}

app.UseCaseWeb();
await app.RunAsync();
return 0;

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
