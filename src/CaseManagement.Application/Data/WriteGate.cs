using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseManagement.Application.Data;

/// <summary>
/// The embedded database takes one writer at a time. Left to itself, a writer that finds the file locked sleeps and
/// retries (up to 100–150 ms a turn), so under a crowd of readers — each read writes its audit line — most of the time
/// goes in sleeping. Instead the process hands out its own turns: one writing unit of work at a time, the others queued
/// in order, woken the moment the previous one commits. Another process on the same file still meets SQLite's lock and
/// its busy timeout, so correctness never depends on this gate. SQL Server needs no gate (it is off there).
/// </summary>
public sealed class WriteGate(bool enabled) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public bool Enabled { get; } = enabled;

    internal async ValueTask EnterAsync(CancellationToken ct)
    {
        if (!await _turn.WaitAsync(MaxWait, ct))
            throw new TimeoutException("The database was busy writing for more than 30 s.");
    }

    internal void Enter()
    {
        if (!_turn.Wait(MaxWait))
            throw new TimeoutException("The database was busy writing for more than 30 s.");
    }

    internal void Exit() => _turn.Release();

    public void Dispose() => _turn.Dispose();
}

/// <summary>A unit of work's hold on the <see cref="WriteGate"/>: taken once however deep the nesting (a command's transaction, its saves).</summary>
public sealed class WriteTurn(WriteGate gate)
{
    private int _depth;

    public async ValueTask EnterAsync(CancellationToken ct)
    {
        if (!gate.Enabled)
            return;
        if (_depth == 0)
            await gate.EnterAsync(ct);
        _depth++;
    }

    public void Enter()
    {
        if (!gate.Enabled)
            return;
        if (_depth == 0)
            gate.Enter();
        _depth++;
    }

    public void Exit()
    {
        if (!gate.Enabled || _depth == 0)
            return;
        if (--_depth == 0)
            gate.Exit();
    }
}

/// <summary>
/// Hands the unit of work's <see cref="WriteTurn"/> to its DbContext (through the context's options), which takes it
/// around every SaveChanges: a try/finally there gives the turn back whatever happens — saved, failed, conflicting.
/// </summary>
internal sealed class WriteTurnCarrier(WriteTurn turn) : IInterceptor
{
    public WriteTurn Turn => turn;
}
