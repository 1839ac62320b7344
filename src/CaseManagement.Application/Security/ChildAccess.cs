using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Domain.Children;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Security;

/// <summary>
/// Record scope for children's files, in one place: the case workers of a unit read and update its children; another
/// unit's child does not exist for them (404); other roles see no child.
/// </summary>
public sealed class ChildAccess(CaseDbContext db, ICurrentUser user)
{
    public IQueryable<Child> Readable => db.Children.VisibleTo(user);

    /// <summary>The child, tracked for a command, or not found.</summary>
    public async Task<Child> ForWorkAsync(Guid childId, CancellationToken ct) =>
        await Readable.SingleOrDefaultAsync(c => c.Id == childId, ct) ?? throw new NotFoundException(nameof(Child), childId);

    /// <summary>The one check: the child is one the user may work with, or it does not exist for them.</summary>
    public async Task DemandAsync(Guid childId, CancellationToken ct)
    {
        if (!await Readable.AnyAsync(c => c.Id == childId, ct))
            throw new NotFoundException(nameof(Child), childId);
    }
}

public static class ChildScope
{
    /// <summary>Children of the user's unit, for case workers; none for anyone else.</summary>
    public static IQueryable<Child> VisibleTo(this IQueryable<Child> children, ICurrentUser user)
    {
        if (!user.IsAuthenticated || !user.IsCaseWorker())
            return children.Where(_ => false);
        var unitId = user.UnitId;
        return children.Where(c => c.UnitId == unitId);
    }
}
