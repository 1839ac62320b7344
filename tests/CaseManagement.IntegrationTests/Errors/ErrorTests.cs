using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Units;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseManagement.IntegrationTests.Errors;

public sealed class ErrorTests : IntegrationTest
{
    [Test]
    public async Task A_database_error_that_is_not_a_taken_key_is_a_500_logged_under_the_trace_id_the_caller_gets()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var api = await TestApp.ApiClientAsync(worker);
        TestLog.Instance.Clear();

        var response = await api.GetAsync(FaultEndpoint.ApiPath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), await response.Content.ReadAsStringAsync());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var traceId = problem.GetProperty("traceId").GetString();
        Assert.That(traceId, Is.Not.Empty);
        var body = problem.GetRawText();
        Assert.That(body, Does.Not.Contain("FOREIGN KEY").And.Not.Contain("   at ").And.Not.Contain("Sqlite"), "no database detail or stack in the response");
        var logged = TestLog.Instance.Entries.Where(e => e.Level == LogLevel.Error && e.Message.StartsWith("Unexpected", StringComparison.Ordinal)
                                                          && e.Message.Contains(traceId!, StringComparison.Ordinal)).ToList();
        Assert.That(logged, Has.Count.EqualTo(1), "logged once, under the trace id");
        Assert.That(logged[0].Exception, Is.InstanceOf<DbUpdateException>());
    }

    [Test]
    public async Task On_a_page_the_same_error_shows_the_error_page_with_its_reference()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        using var page = await TestApp.PageClientAsync(worker);
        TestLog.Instance.Clear();

        var response = await page.GetAsync(FaultEndpoint.PagePath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        var html = await response.Content.ReadAsStringAsync();
        var logged = TestLog.Instance.Entries.Single(e => e.Level == LogLevel.Error && e.Message.StartsWith("Unexpected", StringComparison.Ordinal));
        var traceId = logged.Message[(logged.Message.IndexOf("(trace ", StringComparison.Ordinal) + 7)..^1];
        Assert.That(html, Does.Contain(traceId), "the page shows the reference the log is filed under");
        Assert.That(html, Does.Not.Contain("DbUpdateException"));
    }

    [Test]
    public async Task Only_a_unique_key_already_taken_counts_as_a_conflict()
    {
        await TestApp.WithDbAsync(async db =>
        {
            var existing = await db.Units.AsNoTracking().FirstAsync();
            db.Units.Add(Unit.Create("Doublon", "نسخة", existing.Code, existing.ProvinceId));
            var taken = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.That(taken!.IsUniqueViolation(), Is.True, "a code already used is the user's conflict (409)");
            db.ChangeTracker.Clear();

            db.Units.Add(Unit.Create("Orpheline", "يتيمة", "ZZ9", Guid.NewGuid()));
            var broken = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.That(broken!.IsUniqueViolation(), Is.False, "a broken foreign key is a bug (500)");
            return 0;
        });
    }
}
