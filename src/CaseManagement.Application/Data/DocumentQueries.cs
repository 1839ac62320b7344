using CaseManagement.Application.Documents;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
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
}
