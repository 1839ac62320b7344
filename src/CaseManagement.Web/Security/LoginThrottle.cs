using System.Collections.Concurrent;

namespace CaseManagement.Web.Security;

/// <summary>
/// Progressive delays per account and address: after <see cref="FreeFailures"/> wrong passwords for one e-mail from
/// one address, that address waits 15 s, then 30 s, 1 min… up to 15 min before it may try that e-mail again. Other
/// addresses are not slowed, so nobody can lock a colleague (or an administrator) out from elsewhere; the per-address
/// rate limit bounds how many e-mails one address can try. Kept per node, in memory; forgotten 15 minutes after the
/// last failure, or at once on success.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int FreeFailures = 5;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);
    private const int MaxEntries = 50_000;

    private sealed record Entry(int Failures, DateTimeOffset Last);

    private readonly ConcurrentDictionary<(string Email, string Address), Entry> _entries = new();

    /// <summary>How long this address must still wait before trying this e-mail (zero: it may try now).</summary>
    public TimeSpan Wait(string email, string address)
    {
        if (!_entries.TryGetValue(Key(email, address), out var entry) || entry.Failures < FreeFailures)
            return TimeSpan.Zero;
        var until = entry.Last + Delay(entry.Failures);
        var now = clock.GetUtcNow();
        return until > now ? until - now : TimeSpan.Zero;
    }

    public void Failed(string email, string address)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count > MaxEntries)
            Prune(now);
        _entries.AddOrUpdate(Key(email, address), _ => new Entry(1, now),
            (_, e) => new Entry(now - e.Last > MaxDelay ? 1 : e.Failures + 1, now));
    }

    public void Succeeded(string email, string address) => _entries.TryRemove(Key(email, address), out _);

    private static TimeSpan Delay(int failures)
    {
        var doublings = Math.Min(failures - FreeFailures, 10);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < MaxDelay ? delay : MaxDelay;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.Last > MaxDelay)
                _entries.TryRemove(key, out _);
        }
    }

    private static (string, string) Key(string email, string address) => (Normalize(email), address);

    private static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
