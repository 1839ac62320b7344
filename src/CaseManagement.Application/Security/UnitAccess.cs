using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Security;

/// <summary>
/// Record scope for units, in one place: administrators manage every unit; a supervisor manages their own unit's
/// settings (timeliness standards, reminders); another unit does not exist for them (404).
/// </summary>
public sealed class UnitAccess(CaseDbContext db, ICurrentUser user)
{
    public IQueryable<Unit> Manageable
    {
        get
        {
            if (user.IsInRole(Roles.Administrator))
                return db.Units;
            var unitId = user.UnitId;
            return db.Units.Where(u => u.Id == unitId && user.IsInRole(Roles.Supervisor));
        }
    }

    /// <summary>The unit, tracked for a change of its settings, once the user's right to manage it is checked.</summary>
    public async Task<Unit> ForSettingsAsync(Guid unitId, CancellationToken ct) =>
        await Manageable.SingleOrDefaultAsync(u => u.Id == unitId, ct) ?? throw new NotFoundException(nameof(Unit), unitId);
}
