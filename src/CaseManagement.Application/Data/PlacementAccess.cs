using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Placements;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Data;

/// <summary>
/// Record scope for placements, in one place. The unit's social workers and supervisors may read a placement; only
/// its responsible social worker and the supervisors change it or see its restricted fields (abandonment category,
/// kafil identity documents). Another unit's placement is not found; administrators and provincial viewers read none.
/// </summary>
public sealed class PlacementAccess(CaseDbContext db, ICurrentUser user)
{
    public bool IsSupervisor => user.IsInRole(Roles.Supervisor);

    public bool CanWorkOn(Guid? responsibleId) => user.IsCaseWorker() && (IsSupervisor || responsibleId == user.Id);

    public bool CanReadRestricted(Guid? responsibleId) => CanWorkOn(responsibleId);

    public async Task<KafalaPlacement> KafalaForWorkAsync(Guid id, CancellationToken ct)
    {
        var unitId = user.UnitId;
        var placement = await db.KafalaPlacements.Where(_ => user.IsCaseWorker()).SingleOrDefaultAsync(p => p.Id == id && p.UnitId == unitId, ct)
                        ?? throw new NotFoundException(nameof(KafalaPlacement), id);
        Demand(nameof(KafalaPlacement), placement.Id, placement.ResponsibleId);
        return placement;
    }

    public async Task<EpsPlacement> EpsForWorkAsync(Guid id, CancellationToken ct)
    {
        var unitId = user.UnitId;
        var placement = await db.EpsPlacements.Where(_ => user.IsCaseWorker()).SingleOrDefaultAsync(p => p.Id == id && p.UnitId == unitId, ct)
                        ?? throw new NotFoundException(nameof(EpsPlacement), id);
        Demand(nameof(EpsPlacement), placement.Id, placement.ResponsibleId);
        return placement;
    }

    public void Demand(string subjectType, Guid id, Guid? responsibleId)
    {
        if (!CanWorkOn(responsibleId))
            throw new ForbiddenException("This placement is followed by another social worker.", subjectType, id);
    }
}
