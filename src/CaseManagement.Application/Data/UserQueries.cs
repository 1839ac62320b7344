using CaseManagement.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Data;

public static class UserQueries
{
    /// <summary>Active users of a unit holding the social worker role.</summary>
    public static IQueryable<AppUser> SocialWorkersOf(this IQueryable<AppUser> users, CaseDbContext db, Guid unitId) =>
        users.Where(u => u.UnitId == unitId).ActiveIn(db, Roles.SocialWorker);

    /// <summary>Active users of a unit holding the supervisor role.</summary>
    public static IQueryable<AppUser> SupervisorsOf(this IQueryable<AppUser> users, CaseDbContext db, Guid unitId) =>
        users.Where(u => u.UnitId == unitId).SupervisorsOf(db);

    /// <summary>The active supervisors among these users.</summary>
    public static IQueryable<AppUser> SupervisorsOf(this IQueryable<AppUser> users, CaseDbContext db) => users.ActiveIn(db, Roles.Supervisor);

    /// <summary>The active users among these holding <paramref name="role"/>.</summary>
    private static IQueryable<AppUser> ActiveIn(this IQueryable<AppUser> users, CaseDbContext db, string role) =>
        users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));

    /// <summary>Everyone holding the supervisor role (active or not: a submission stays a supervisor's).</summary>
    public static IQueryable<Guid> SupervisorIds(this CaseDbContext db) =>
        db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Supervisor)).Select(ur => ur.UserId);

    /// <summary>Active users of a unit who work on cases (social workers and supervisors).</summary>
    public static IQueryable<AppUser> CaseWorkersOf(this IQueryable<AppUser> users, CaseDbContext db, Guid unitId) =>
        users.Where(u => u.UnitId == unitId && u.IsActive
                         && db.UserRoles.Any(ur => ur.UserId == u.Id
                                                   && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.SocialWorker || r.Name == Roles.Supervisor))));

    /// <summary>Display names of users by id (authors, assignees), for documents and pages.</summary>
    public static Task<Dictionary<Guid, string>> NamesAsync(this CaseDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
