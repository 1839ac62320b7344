using CaseManagement.Application.Features.Retention;
using Hangfire;
using CaseManagement.Application.Features.Notifications;
using CaseManagement.Application.Features.Reports;
using MediatR;

namespace CaseManagement.Web.Jobs;

/// <summary>
/// The reminder run: derive every reminder from the database, then send the e-mail digests. It takes no argument
/// (so no personal data goes into the job store) and may run any number of times.
/// </summary>
public sealed partial class ReminderJob(IMediator mediator, ILogger<ReminderJob> logger)
{
    public const string Id = "reminders";

    // One run at a time across every server (a lock in the job store); a failed run is not retried on top of the
    // next scheduled one (the next run redoes everything: the database, not the queue, says what is missing).
    [Hangfire.DisableConcurrentExecution(timeoutInSeconds: 600)]
    [Hangfire.AutomaticRetry(Attempts = 0, OnAttemptsExceeded = Hangfire.AttemptsExceededAction.Delete)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reminders = await mediator.Send(new RunReminders.Command(), cancellationToken);
        var emails = await mediator.Send(new SendReminderEmails.Command(), cancellationToken);
        LogRun(logger, reminders.Created, emails.Emails);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder run: {Notifications} new notifications, {Emails} digests sent")]
    private static partial void LogRun(ILogger logger, int notifications, int emails);
}

/// <summary>
/// Registers the recurring jobs once the job store answers. A job store that is down (SQL Server unreachable) must not
/// stop the app from serving pages, so registration retries in the background with a growing delay.
/// </summary>
internal sealed partial class RecurringJobsRegistrar(IServiceProvider services, IConfiguration configuration, ILogger<RecurringJobsRegistrar> logger)
    : BackgroundService
{
    public const string DefaultSchedule = "0 * * * *";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(2);
        var schedule = configuration["Reminders:Schedule"] ?? DefaultSchedule;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var manager = services.GetRequiredService<Hangfire.IRecurringJobManager>();
                manager.AddOrUpdate<ReminderJob>(ReminderJob.Id, job => job.RunAsync(CancellationToken.None), schedule,
                    new Hangfire.RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
                manager.AddOrUpdate<MonthlyReportJob>(MonthlyReportJob.Id, job => job.RunAsync(CancellationToken.None),
                    configuration["Reports:Schedule"] ?? MonthlyReportJob.DefaultSchedule, new Hangfire.RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
                manager.AddOrUpdate<DatabaseMaintenanceJob>(DatabaseMaintenanceJob.Id, job => job.RunAsync(CancellationToken.None), DatabaseMaintenanceJob.Schedule,
                    new Hangfire.RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
                if (configuration.GetValue<int?>("Retention:ClosedCaseYears") is not null)
                    manager.AddOrUpdate<RetentionJob>(RetentionJob.Id, job => job.RunAsync(CancellationToken.None), "0 2 * * *",
                        new Hangfire.RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
                else
                    manager.RemoveIfExists(RetentionJob.Id);
                LogRegistered(logger, schedule);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var kind = ex.GetType().Name;
                LogRetry(logger, kind, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 300));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring reminder job registered ({Schedule})")]
    private static partial void LogRegistered(ILogger logger, string schedule);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job store not reachable ({Error}); registering the recurring jobs again in {Seconds} s")]
    private static partial void LogRetry(ILogger logger, string error, double seconds);
}

/// <summary>The daily retention run (only registered when <c>Retention:ClosedCaseYears</c> is set).</summary>
public sealed partial class RetentionJob(IMediator mediator, IConfiguration configuration, ILogger<RetentionJob> logger)
{
    public const string Id = "retention";

    // One run at a time across every server (a lock in the job store); a failed run is not retried on top of the
    // next scheduled one (the next run redoes everything: the database, not the queue, says what is missing).
    [Hangfire.DisableConcurrentExecution(timeoutInSeconds: 600)]
    [Hangfire.AutomaticRetry(Attempts = 0, OnAttemptsExceeded = Hangfire.AttemptsExceededAction.Delete)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var years = configuration.GetValue<int?>("Retention:ClosedCaseYears");
        if (years is null)
            return;
        var result = await mediator.Send(new RunRetention.Command(years.Value), cancellationToken);
        LogRun(logger, result.Anonymised);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention run: {Count} children anonymised")]
    private static partial void LogRun(ILogger logger, int count);
}

/// <summary>
/// Prepares the drafts of the monthly reports. It runs hourly and creates, from the 1st at 06:00 in each unit's time zone,
/// the draft of the month just ended when it does not exist yet: a run missed while the server was down catches up, and a
/// second run or server creates nothing twice.
/// </summary>
public sealed partial class MonthlyReportJob(IMediator mediator, ILogger<MonthlyReportJob> logger)
{
    public const string Id = "monthly-reports";
    public const string DefaultSchedule = "10 * * * *";

    // One run at a time across every server (a lock in the job store); a failed run is not retried on top of the
    // next scheduled one (the next run redoes everything: the database, not the queue, says what is missing).
    [Hangfire.DisableConcurrentExecution(timeoutInSeconds: 600)]
    [Hangfire.AutomaticRetry(Attempts = 0, OnAttemptsExceeded = Hangfire.AttemptsExceededAction.Delete)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new PrepareMonthlyReports.Command(), cancellationToken);
        LogRun(logger, result.Created);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monthly report run: {Count} drafts prepared")]
    private static partial void LogRun(ILogger logger, int count);
}

/// <summary>
/// Keeps the embedded database's query planner informed: <c>PRAGMA optimize</c> re-reads the statistics of the tables
/// that changed enough since it last did (cheap when little did), so lists and reports keep to their indexes as a unit
/// grows. SQL Server updates its statistics itself; there the job does nothing.
/// </summary>
public sealed partial class DatabaseMaintenanceJob(Application.Data.CaseDbContext db, ILogger<DatabaseMaintenanceJob> logger)
{
    public const string Id = "database-maintenance";
    public const string Schedule = "30 3 * * *";

    [Hangfire.DisableConcurrentExecution(timeoutInSeconds: 600)]
    [Hangfire.AutomaticRetry(Attempts = 0, OnAttemptsExceeded = Hangfire.AttemptsExceededAction.Delete)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!Microsoft.EntityFrameworkCore.SqliteDatabaseFacadeExtensions.IsSqlite(db.Database))
            return;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "PRAGMA optimize;", cancellationToken);
        LogRun(logger, watch.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database maintenance: planner statistics refreshed in {Milliseconds} ms")]
    private static partial void LogRun(ILogger logger, long milliseconds);
}
