using CaseManagement.Application.Documents;
using CaseManagement.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Data;

public static class DocumentQueries
{
    /// <summary>The unit and the author a generated document names, stamped now.</summary>
    public static async Task<DocumentStamp> StampAsync(this CaseDbContext db, ICurrentUser user, TimeProvider clock, string fileNumber, CancellationToken ct)
    {
        var unitId = user.UnitId;
        var userId = user.Id;
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.NameAr, u.TimeZoneId }).SingleAsync(ct);
        var author = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        return new DocumentStamp(unit.Name, unit.NameAr, author ?? string.Empty, clock.GetUtcNow(), unit.TimeZoneId, fileNumber);
    }

    /// <summary>Display names of users by id (authors, assignees), for documents and pages.</summary>
    public static Task<Dictionary<Guid, string>> NamesAsync(this CaseDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
