using CaseManagement.Domain.Children;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Data;

public static class FileNumbers
{
    /// <summary>
    /// Takes the next number of the unit's sequence for the year inside the command's transaction. The increment
    /// is one UPDATE, so concurrent registrations queue on the row (SQL Server) or the write lock (SQLite) and a
    /// rolled-back registration leaves a gap rather than a reused number.
    /// </summary>
    public static async Task<int> NextFileSequenceAsync(this CaseDbContext db, Guid unitId, int year, CancellationToken ct)
    {
        var updated = await db.FileNumberSequences
            .Where(s => s.UnitId == unitId && s.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, x => x.Last + 1), ct);
        if (updated == 0)
        {
            var sequence = new FileNumberSequence(unitId, year);
            db.FileNumberSequences.Add(sequence);
            db.Entry(sequence).Property(s => s.Last).CurrentValue = 1;
            return 1;
        }

        return await db.FileNumberSequences.Where(s => s.UnitId == unitId && s.Year == year).Select(s => s.Last).SingleAsync(ct);
    }
}
