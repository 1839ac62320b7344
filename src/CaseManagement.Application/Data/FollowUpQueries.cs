using CaseManagement.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Data;

public static class FollowUpQueries
{
    /// <summary>Cancels the planned follow-ups among these (a case closed, a kafala ended, a child left an EPS).</summary>
    public static async Task CancelPlannedAsync(this IQueryable<FollowUp> followUps, Guid by, DateTimeOffset at, CancellationToken ct)
    {
        foreach (var followUp in await followUps.Where(f => f.Status == FollowUpStatus.Planned).ToListAsync(ct))
            followUp.Cancel(by, at);
    }
}
