using CaseManagement.Application.Reports;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Features.Reports;

/// <summary>
/// The monthly report reads the children taken in charge over thirteen months from two covering indexes that EF Core
/// cannot declare (columns of complex properties), so the SQLite migration writes them: if a later migration rebuilt a
/// table without them, the report would read every wide row of cases and children again. Its query plan says which.
/// </summary>
public sealed class ReportIndexTests : IntegrationTest
{
    [Test]
    public async Task The_children_taken_in_charge_are_read_from_the_covering_indexes_alone()
    {
        await ReportDataset.BuildAsync();
        // What the app's daily PRAGMA optimize does on a unit that grew: statistics for the planner (put back afterwards,
        // so that the other tests' plans do not depend on this one's data).
        var before = await TestApp.WithDbAsync(db => db.Database.SqlQueryRaw<Stat>("SELECT tbl AS Tbl, idx AS Idx, stat AS Value FROM sqlite_stat1").ToListAsync());
        await TestApp.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
        try
        {
            await AssertPlansAsync();
        }
        finally
        {
            await TestApp.WithDbAsync(async db =>
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1");
                foreach (var stat in before)
                    await db.Database.ExecuteSqlRawAsync("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ({0}, {1}, {2})", stat.Tbl, (object?)stat.Idx ?? DBNull.Value, (object?)stat.Value ?? DBNull.Value);
                return await db.Database.ExecuteSqlRawAsync("ANALYZE sqlite_schema");
            });
        }
    }

    private static async Task AssertPlansAsync()
    {
        List<string> plans = [];
        using (var queries = new QueryParameters())
        {
            await using var scope = TestApp.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MonthlyIndicators>().ComputeAsync(TestApp.FirstUnitId, 2026, 10, CancellationToken.None);
            foreach (var (sql, parameters) in queries.Commands.Where(c => c.Sql.Contains("INNER JOIN \"Children\"", StringComparison.Ordinal)
                                                                          && c.Sql.Contains("\"TakenInChargeOn\" >=", StringComparison.Ordinal)))
                plans.Add(await TestApp.WithDbAsync(db => QueryParameters.PlanAsync(db, sql, parameters)));
        }

        Assert.That(plans, Is.Not.Empty, "the report reads the children taken in charge");
        foreach (var plan in plans)
        {
            Assert.That(plan, Does.Contain("COVERING INDEX IX_Cases_UnitId_TakenInChargeOn (UnitId=? AND TakenInChargeOn>? AND TakenInChargeOn<?)"), plan);
            Assert.That(plan, Does.Contain("COVERING INDEX IX_Children_Report (Id=?)"), plan);
        }
    }

    private sealed record Stat(string Tbl, string? Idx, string? Value);
}
