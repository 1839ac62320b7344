using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Data;

/// <summary>
/// Record scope for cases, in one place. Supervisors work on every case of their unit; a social worker on the
/// cases assigned to them. Another unit's case does not exist for the user (404); a case of the unit that is not
/// one's own is refused (403) and the refusal is audited. Administrators and provincial viewers read no case.
/// </summary>
public sealed class CaseAccess(CaseDbContext db, ICurrentUser user)
{
    public bool IsSupervisor => user.IsInRole(Roles.Supervisor);

    public bool CanWorkOn(Guid? assignedTo) => user.IsCaseWorker() && (IsSupervisor || assignedTo == user.Id);

    /// <summary>Restricted notes: the assigned social worker and the unit's supervisors.</summary>
    public bool CanReadRestricted(Guid? assignedTo) => IsSupervisor || (assignedTo == user.Id && user.IsInRole(Roles.SocialWorker));

    /// <summary>The case, tracked for a command, once the user's right to work on it is checked.</summary>
    public async Task<Case> GetAsync(Guid caseId, CancellationToken ct, bool withHistory = false)
    {
        var query = db.Cases.InUnitOf(user);
        if (withHistory)
            query = query.Include(c => c.Transitions).Include(c => c.Assignments);
        var @case = await query.SingleOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new NotFoundException(nameof(Case), caseId);
        Demand(@case.Id, @case.AssignedTo);
        return @case;
    }

    /// <summary>Checks the right to work on a case known by id and assignee (for queries that project).</summary>
    public void Demand(Guid caseId, Guid? assignedTo)
    {
        if (!CanWorkOn(assignedTo))
            throw new ForbiddenException("This case is not assigned to you.", nameof(Case), caseId);
    }

    /// <summary>The case's id and assignee if the case is in the user's unit; otherwise not found.</summary>
    public async Task<(Guid Id, Guid? AssignedTo, Guid UnitId)> FindAsync(Guid caseId, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().InUnitOf(user).Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.AssignedTo, c.UnitId }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(Case), caseId);
        Demand(found.Id, found.AssignedTo);
        return (found.Id, found.AssignedTo, found.UnitId);
    }
}

public static class CaseQueries
{
    /// <summary>Cases of the user's unit, for case workers; none for anyone else.</summary>
    public static IQueryable<Case> InUnitOf(this IQueryable<Case> cases, ICurrentUser user)
    {
        if (!user.IsAuthenticated || !user.IsCaseWorker())
            return cases.Where(_ => false);
        var unitId = user.UnitId;
        return cases.Where(c => c.UnitId == unitId);
    }

    /// <summary>Cases the user works on: the whole unit for supervisors, their own for social workers.</summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, ICurrentUser user)
    {
        var inUnit = cases.InUnitOf(user);
        if (user.IsInRole(Roles.Supervisor))
            return inUnit;
        var me = user.Id;
        return inUnit.Where(c => c.AssignedTo == me);
    }
}
