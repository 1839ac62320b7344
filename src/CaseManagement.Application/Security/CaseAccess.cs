using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Security;

/// <summary>
/// Record scope for cases and what hangs off a case (notes, attachments, follow-ups, referrals, services, documents),
/// in one place. The unit's case workers read its cases; supervisors work on every case of their unit, a social worker
/// on the cases assigned to them. Another unit's case does not exist for the user (404); a case of the unit that is
/// not one's own is refused (403) and the refusal is audited. Administrators and report readers read no case.
/// </summary>
public sealed class CaseAccess(CaseDbContext db, ICurrentUser user)
{
    public bool IsSupervisor => user.IsInRole(Roles.Supervisor);

    /// <summary>The cases the user may read: their unit's, for case workers; none for anyone else.</summary>
    public IQueryable<Case> Readable => db.Cases.InUnitOf(user);

    /// <summary>The cases the user works on: the whole unit for supervisors, their own for social workers.</summary>
    public IQueryable<Case> Workable => db.Cases.VisibleTo(user);

    public bool CanWorkOn(Guid? assignedTo) => user.IsCaseWorker() && (IsSupervisor || assignedTo == user.Id);

    /// <summary>Restricted notes: the assigned social worker and the unit's supervisors.</summary>
    public bool CanReadRestricted(Guid? assignedTo) => IsSupervisor || (assignedTo == user.Id && user.IsInRole(Roles.SocialWorker));

    /// <summary>The one refusal: a case of the unit that is not the user's to work on (403, audited).</summary>
    public void Demand(Guid caseId, Guid? assignedTo)
    {
        if (!CanWorkOn(assignedTo))
            throw new ForbiddenException("This case is not assigned to you.", nameof(Case), caseId);
    }

    /// <summary>The case, tracked for a command, once the user's right to work on it is checked.</summary>
    public async Task<Case> ForWorkAsync(Guid caseId, CancellationToken ct, bool withHistory = false)
    {
        var query = Readable;
        if (withHistory)
            query = query.Include(c => c.Transitions).Include(c => c.Assignments);
        var @case = await query.SingleOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new NotFoundException(nameof(Case), caseId);
        Demand(@case.Id, @case.AssignedTo);
        return @case;
    }

    /// <summary>The case, tracked, once the user may work on it and the case allows this action now (403 who, 409 when).</summary>
    public async Task<Case> ForWorkAsync(Guid caseId, CaseAction action, CancellationToken ct, bool withHistory = false)
    {
        var @case = await ForWorkAsync(caseId, ct, withHistory);
        @case.Demand(Actor, action);
        return @case;
    }

    /// <summary>
    /// Plans of other units waiting for the user as those units' second approver (<see cref="Domain.Units.Unit.SecondApproverId"/>):
    /// submitted by one of their supervisors, who cannot decide on their own submission. Such a case exists for the user
    /// only while its decision waits, and only through the decision page. (For one case, found by its id; a list reads
    /// each approved unit's with <see cref="PlansWaitingIn"/>, along its unit's index.)
    /// </summary>
    public IQueryable<Case> PlansWaitingElsewhere => Elsewhere(PlanWaits);

    /// <summary>Closure requests of other units waiting for the user as second approver (see <see cref="PlansWaitingElsewhere"/>).</summary>
    public IQueryable<Case> ClosuresWaitingElsewhere => Elsewhere(ClosureWaits);

    /// <summary>The units the user is second approver of (none for most, one or two at most).</summary>
    public async Task<IReadOnlyList<Guid>> ApprovedUnitsAsync(CancellationToken ct)
    {
        if (!IsSupervisor)
            return [];
        var me = user.Id;
        var unitId = user.UnitId;
        return await db.Units.Where(u => u.SecondApproverId == me && u.Id != unitId).Select(u => u.Id).ToListAsync(ct);
    }

    /// <summary>The plans waiting for the user in one of <see cref="ApprovedUnitsAsync"/>.</summary>
    public IQueryable<Case> PlansWaitingIn(Guid approvedUnit) => db.Cases.Where(c => c.UnitId == approvedUnit).Where(PlanWaits);

    /// <summary>The closure requests waiting for the user in one of <see cref="ApprovedUnitsAsync"/>.</summary>
    public IQueryable<Case> ClosuresWaitingIn(Guid approvedUnit) => db.Cases.Where(c => c.UnitId == approvedUnit).Where(ClosureWaits);

    private System.Linq.Expressions.Expression<Func<Case, bool>> PlanWaits =>
        c => c.PlanState == ApprovalState.Submitted && db.SupervisorIds().Contains(c.Plan!.SubmittedBy!.Value);

    private System.Linq.Expressions.Expression<Func<Case, bool>> ClosureWaits =>
        c => c.ClosureState == ApprovalState.Submitted && db.SupervisorIds().Contains(c.Closure!.RequestedBy);

    private IQueryable<Case> Elsewhere(System.Linq.Expressions.Expression<Func<Case, bool>> waiting)
    {
        if (!IsSupervisor)
            return db.Cases.Where(_ => false);
        var me = user.Id;
        var unitId = user.UnitId;
        return db.Cases.Where(c => c.UnitId != unitId && db.Units.Any(u => u.Id == c.UnitId && u.SecondApproverId == me)).Where(waiting);
    }

    /// <summary>
    /// The case, tracked, for a decision on its plan or closure: a case of the user's unit as <see cref="ForWorkAsync(Guid, CaseAction, CancellationToken, bool)"/>
    /// finds it, or a case of a unit the user is second approver of while that decision waits for them (else 404).
    /// </summary>
    public async Task<Case> ForDecisionAsync(Guid caseId, CaseAction action, CancellationToken ct)
    {
        if (await Readable.AnyAsync(c => c.Id == caseId, ct))
            return await ForWorkAsync(caseId, action, ct);
        var waiting = action == CaseAction.DecidePlan ? PlansWaitingElsewhere : ClosuresWaitingElsewhere;
        var @case = await waiting.SingleOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new NotFoundException(nameof(Case), caseId);
        @case.Demand(Actor, action);
        return @case;
    }

    /// <summary>The user as the case's rules see them.</summary>
    public CaseActor Actor => new(user.Id, IsSupervisor);

    /// <summary>The case's id, assignee and unit once the user's right to work on it is checked (for queries that project).</summary>
    public async Task<(Guid Id, Guid? AssignedTo, Guid UnitId)> FindAsync(Guid caseId, CancellationToken ct)
    {
        var found = await Readable.AsNoTracking().Where(c => c.Id == caseId)
                        .Select(c => new { c.Id, c.AssignedTo, c.UnitId }).SingleOrDefaultAsync(ct)
                    ?? throw new NotFoundException(nameof(Case), caseId);
        Demand(found.Id, found.AssignedTo);
        return (found.Id, found.AssignedTo, found.UnitId);
    }

    /// <summary>A case the user may work on and its child, read for a document.</summary>
    public async Task<(Case Case, Child Child)> ForDocumentAsync(Guid caseId, CancellationToken ct)
    {
        var found = await Readable.AsNoTracking().SingleOrDefaultAsync(x => x.Id == caseId, ct) ?? throw new NotFoundException(nameof(Case), caseId);
        Demand(found.Id, found.AssignedTo);
        var child = await db.Children.AsNoTracking().SingleAsync(x => x.Id == found.ChildId, ct);
        return (found, child);
    }

    /// <summary>A referral of the unit (tracked), once the right to work on its case is checked.</summary>
    public async Task<Referral> ReferralForWorkAsync(Guid referralId, CancellationToken ct, bool tracked = true)
    {
        var unitId = user.UnitId;
        var referrals = tracked ? db.Referrals : db.Referrals.AsNoTracking();
        var referral = await referrals.Where(_ => user.IsCaseWorker()).SingleOrDefaultAsync(r => r.Id == referralId && r.UnitId == unitId, ct)
                       ?? throw new NotFoundException(nameof(Referral), referralId);
        await FindAsync(referral.CaseId, ct);
        return referral;
    }

    /// <summary>
    /// A follow-up of the unit (tracked) the user may change: their own, or one on a case or placement they work on.
    /// </summary>
    public async Task<FollowUp> FollowUpForWorkAsync(Guid followUpId, PlacementAccess placements, CancellationToken ct)
    {
        var unitId = user.UnitId;
        var followUp = await db.FollowUps.Where(_ => user.IsCaseWorker()).SingleOrDefaultAsync(f => f.Id == followUpId && f.UnitId == unitId, ct)
                       ?? throw new NotFoundException(nameof(FollowUp), followUpId);
        if (followUp.AssigneeId == user.Id)
            return followUp;
        if (followUp.CaseId is { } caseId)
            await FindAsync(caseId, ct);
        else if (followUp.KafalaPlacementId is { } kafalaId)
            await placements.KafalaForWorkAsync(kafalaId, ct);
        else if (followUp.EpsPlacementId is { } epsId)
            await placements.EpsForWorkAsync(epsId, ct);
        else if (!IsSupervisor)
            throw new ForbiddenException("This follow-up is another person's.", nameof(FollowUp), followUp.Id);
        return followUp;
    }
}

/// <summary>The scope filters the access types are built on (also used where a query joins cases).</summary>
public static class CaseScope
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
