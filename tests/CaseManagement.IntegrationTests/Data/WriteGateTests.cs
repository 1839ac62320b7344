using CaseManagement.Application.Data;
using CaseManagement.Domain.Auditing;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Data;

/// <summary>On SQLite the process writes one unit of work at a time, queued in order rather than sleeping on the file lock.</summary>
public sealed class WriteGateTests : IntegrationTest
{
    [Test]
    public async Task A_save_waits_for_the_write_in_progress_and_goes_as_soon_as_it_ends()
    {
        await using var holder = TestApp.Factory.Services.CreateAsyncScope();
        var turn = holder.ServiceProvider.GetRequiredService<WriteTurn>();
        await turn.EnterAsync(CancellationToken.None); // a command's transaction in progress

        await using var other = TestApp.Factory.Services.CreateAsyncScope();
        var db = other.ServiceProvider.GetRequiredService<CaseDbContext>();
        db.AuditEntries.Add(new AuditEntry(TestApp.Clock.GetUtcNow(), null, AuditAction.Read, "Gate", null, null, null));
        var save = db.SaveChangesAsync();
        var waited = await Task.WhenAny(save, Task.Delay(500)) != save;

        turn.Exit();
        await save.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(waited, Is.True, "the second writer waited for the first");
        Assert.That(await TestApp.WithDbAsync(d => d.AuditEntries.CountAsync(e => e.SubjectType == "Gate")), Is.EqualTo(1), "and wrote once it was its turn");
    }

    [Test]
    public async Task A_conflicting_save_gives_its_turn_back()
    {
        await using var scope = TestApp.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var unit = await db.Units.FirstAsync();
        await TestApp.WithDbAsync(async d =>
        {
            var same = await d.Units.FirstAsync(u => u.Id == unit.Id);
            d.Entry(same).Property(CaseDbContext.VersionProperty).CurrentValue = Guid.NewGuid().ToByteArray();
            d.Entry(same).State = EntityState.Modified;
            return await d.SaveChangesAsync(); // someone else saved the unit meanwhile
        });
        db.Entry(unit).State = EntityState.Modified;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());

        var next = scope.ServiceProvider.GetRequiredService<WriteTurn>();
        var entered = next.EnterAsync(CancellationToken.None).AsTask();
        Assert.That(await Task.WhenAny(entered, Task.Delay(2000)), Is.SameAs(entered), "the turn was given back");
        next.Exit();
    }
}
