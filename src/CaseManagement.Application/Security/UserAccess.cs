using CaseManagement.Application.Data;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Security;

/// <summary>
/// Record scope for users, in one place: administrators manage every account; and the one rule for who may be made
/// responsible for someone's file, used by every command that assigns a case, a placement or a follow-up. A social
/// worker is responsible for what they open themselves; a supervisor names an active social worker of the unit. A
/// name that is not one is a field error (400), checked before anything is written.
/// </summary>
public sealed class UserAccess(CaseDbContext db, ICurrentUser user)
{
    public IQueryable<AppUser> Manageable => db.Users.Where(_ => user.IsInRole(Roles.Administrator));

    /// <summary>Who is responsible for a new case, placement or follow-up: <paramref name="requested"/> or <paramref name="fallback"/>.</summary>
    /// <summary>Whether no user but <paramref name="except"/> signs in with this e-mail (e-mails are sign-in names).</summary>
    public static async Task<bool> EmailFreeAsync(CaseDbContext db, string email, Guid? except, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return !await db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.Id != except, ct);
    }

    public async Task<Guid?> ResponsibleAsync(Guid? requested, Guid? fallback, string field, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Supervisor))
            return user.Id;
        if (requested is { } chosen)
            await DemandSocialWorkerAsync(chosen, field, ct);
        return requested ?? fallback;
    }

    /// <summary>The person is an active social worker of the user's unit.</summary>
    public async Task DemandSocialWorkerAsync(Guid userId, string field, CancellationToken ct)
    {
        if (!await db.Users.SocialWorkersOf(db, user.UnitId).AnyAsync(u => u.Id == userId, ct))
            throw Refused(field, "User.NotASocialWorkerOfUnit");
    }

    /// <summary>The person works on the unit's cases (an active social worker or supervisor of the unit).</summary>
    public async Task DemandCaseWorkerAsync(Guid userId, Guid unitId, string field, CancellationToken ct)
    {
        if (!await db.Users.CaseWorkersOf(db, unitId).AnyAsync(u => u.Id == userId, ct))
            throw Refused(field, "User.NotACaseWorkerOfUnit");
    }

    private static ValidationException Refused(string field, string message) => new([new ValidationFailure(field, message)]);
}
