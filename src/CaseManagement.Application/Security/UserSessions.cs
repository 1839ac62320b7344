using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseManagement.Application.Security;

/// <summary>
/// Told when a user's sessions must end — their security stamp or their status changed (disabled, password set,
/// role or unit changed, signed out) — so that every check of this node forgets what it remembered of them at once.
/// </summary>
public interface IUserSessions
{
    void Changed(Guid userId);
}

/// <summary>Where nothing remembers sessions (migrations, tools): nothing to forget.</summary>
internal sealed class NoSessionCache : IUserSessions
{
    public void Changed(Guid userId)
    {
    }
}

/// <summary>Watches every save for users whose stamp or status changed and tells <see cref="IUserSessions"/> once the save is done.</summary>
internal sealed class UserSessionsInterceptor(IUserSessions sessions) : SaveChangesInterceptor
{
    private static readonly string[] Watched = [nameof(AppUser.SecurityStamp), nameof(AppUser.IsActive), nameof(AppUser.LockoutEnd)];
    private readonly HashSet<Guid> _changed = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Notify();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Notify();
        return base.SavedChanges(eventData, result);
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
            return;
        foreach (var entry in context.ChangeTracker.Entries<AppUser>())
        {
            if (entry.State == EntityState.Deleted || (entry.State == EntityState.Modified && Watched.Any(p => entry.Property(p).IsModified)))
                _changed.Add(entry.Entity.Id);
        }
    }

    private void Notify()
    {
        foreach (var id in _changed)
            sessions.Changed(id);
        _changed.Clear();
    }
}
