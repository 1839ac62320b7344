using CaseManagement.Application.Data;
using CaseManagement.Application.Features.Notifications;
using Hangfire;
using Hangfire.SqlServer;

namespace CaseManagement.Web.Jobs;

internal static class JobsRegistration
{
    /// <summary>
    /// Hangfire with SQL Server storage when the database is SQL Server, in-memory storage otherwise (jobs are then
    /// forgotten on restart, which is harmless: reminders are derived from the database at every run).
    /// <c>Jobs:RunServer=false</c> keeps a web server from running jobs (a separate <c>worker</c> process does).
    /// </summary>
    public static IServiceCollection AddCaseJobs(this IServiceCollection services, IConfiguration configuration, bool worker)
    {
        var storage = configuration["Jobs:Storage"]
                      ?? (DataRegistration.ProviderFrom(configuration) == DatabaseProvider.SqlServer ? "SqlServer" : "InMemory");
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (string.Equals(storage, "SqlServer", StringComparison.OrdinalIgnoreCase))
            {
                config.UseSqlServerStorage(configuration["Jobs:ConnectionString"] ?? configuration.GetConnectionString(DataRegistration.ConnectionStringName),
                    new SqlServerStorageOptions { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(15) });
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });
        if (worker || configuration.GetValue("Jobs:RunServer", true))
        {
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = Math.Max(1, configuration.GetValue("Jobs:Workers", 2));
                options.SchedulePollingInterval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:PollSeconds", 15));
            });
            services.AddHostedService<RecurringJobsRegistrar>();
        }

        services.AddScoped<ReminderJob>();
        services.AddScoped<RetentionJob>();
        services.AddScoped<MonthlyReportJob>();
        services.AddScoped<DatabaseMaintenanceJob>();
        services.AddSingleton<Mail.SmtpSender>();
        services.AddSingleton<IReminderMailer, SmtpReminderMailer>();
        return services;
    }
}
