using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Domain.Placements;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Security;

/// <summary>
/// Record scope for kafala and EPS placements (one rule for both families), in one place. The unit's social workers
/// and supervisors read a placement; only its responsible social worker and the supervisors change it or see its
/// restricted fields (abandonment category, kafil identity documents). Another unit's placement is not found;
/// administrators and report readers read none.
/// </summary>
public sealed class PlacementAccess(CaseDbContext db, ICurrentUser user)
{
    public bool IsSupervisor => user.IsInRole(Roles.Supervisor);

    public IQueryable<KafalaPlacement> Kafalas
    {
        get
        {
            var unitId = user.UnitId;
            return db.KafalaPlacements.Where(p => p.UnitId == unitId).Where(_ => user.IsAuthenticated && user.IsCaseWorker());
        }
    }

    public IQueryable<EpsPlacement> EpsPlacements
    {
        get
        {
            var unitId = user.UnitId;
            return db.EpsPlacements.Where(p => p.UnitId == unitId).Where(_ => user.IsAuthenticated && user.IsCaseWorker());
        }
    }

    public bool CanWorkOn(Guid? responsibleId) => user.IsCaseWorker() && (IsSupervisor || responsibleId == user.Id);

    public bool CanReadRestricted(Guid? responsibleId) => CanWorkOn(responsibleId);

    public async Task<KafalaPlacement> KafalaForWorkAsync(Guid id, CancellationToken ct)
    {
        var placement = await Kafalas.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(nameof(KafalaPlacement), id);
        Demand(nameof(KafalaPlacement), placement.Id, placement.ResponsibleId);
        return placement;
    }

    public async Task<EpsPlacement> EpsForWorkAsync(Guid id, CancellationToken ct)
    {
        var placement = await EpsPlacements.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(nameof(EpsPlacement), id);
        Demand(nameof(EpsPlacement), placement.Id, placement.ResponsibleId);
        return placement;
    }

    public void Demand(string subjectType, Guid id, Guid? responsibleId)
    {
        if (!CanWorkOn(responsibleId))
            throw new ForbiddenException("This placement is followed by another social worker.", subjectType, id);
    }
}
