using CaseManagement.Application.Security;
using CaseManagement.Domain.Children;

namespace CaseManagement.Application.Data;

/// <summary>Record scope for children, in one place: case workers see their own unit; other roles see none.</summary>
public static class ChildQueries
{
    public static IQueryable<Child> VisibleTo(this IQueryable<Child> children, ICurrentUser user)
    {
        if (!user.IsAuthenticated || !user.IsCaseWorker())
            return children.Where(_ => false);
        var unitId = user.UnitId;
        return children.Where(c => c.UnitId == unitId);
    }
}
