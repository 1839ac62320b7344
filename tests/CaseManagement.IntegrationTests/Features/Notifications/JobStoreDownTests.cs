using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseManagement.IntegrationTests.Features.Notifications;

/// <summary>A second app whose job store is a SQL Server that does not answer: pages must still be served.</summary>
public sealed class JobStoreDownTests
{
    [Test]
    public async Task The_app_starts_and_serves_pages_when_the_job_store_is_unreachable()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cm-jobs-down-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:CaseManagement", $"Data Source={Path.Combine(folder, "cm.db")}");
            builder.UseSetting("Bootstrap:AdminEmail", "admin@test.invalid");
            builder.UseSetting(CaseManagement.Web.Security.KeyCertificate.PathKey, CaseManagement.IntegrationTests.Infrastructure.TestApp.KeyCertificatePath);
            builder.UseSetting(CaseManagement.Web.Security.KeyCertificate.PasswordKey, CaseManagement.IntegrationTests.Infrastructure.TestApp.KeyCertificatePassword);
            builder.UseSetting("Bootstrap:AdminPassword", "Admin-Password-For-Tests-1");
            builder.UseSetting("Logging:LogLevel:Default", "Error");
            builder.UseSetting("Jobs:Storage", "SqlServer");
            // Port 1 on loopback: nothing listens, the connection is refused at once.
            builder.UseSetting("Jobs:ConnectionString", "Server=127.0.0.1,1;Database=Jobs;User Id=sa;Password=x;Connect Timeout=2;TrustServerCertificate=True");
            builder.UseSetting("Jobs:RunServer", "true");
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var login = await client.GetAsync("/Account/Login");
        var health = await client.GetAsync("/health");

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
