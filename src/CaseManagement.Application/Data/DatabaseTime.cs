using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseManagement.Application.Data;

/// <summary>
/// How long the database took for one unit of work (a request): each command from its start until its rows were read
/// (readers are timed to their disposal), and how many commands there were. The web app reports it in a
/// <c>Server-Timing</c> header when asked to, so a load run can set the app's time beside the SQL it ran.
/// </summary>
public sealed class DatabaseTime
{
    private long _ticks;
    private int _commands;

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));
    public int Commands => _commands;

    internal void Add(TimeSpan duration)
    {
        Interlocked.Add(ref _ticks, duration.Ticks);
        Interlocked.Increment(ref _commands);
    }
}

/// <summary>
/// Adds each command's duration to the unit of work's <see cref="DatabaseTime"/>. A query is timed from its start to
/// the disposal of its reader (SQLite finds rows as they are read, so the execute call alone says little).
/// </summary>
internal sealed class DatabaseTimeInterceptor(DatabaseTime time) : DbCommandInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbCommand, object> _started = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _started.AddOrUpdate(command, System.Diagnostics.Stopwatch.GetTimestamp());
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        _started.AddOrUpdate(command, System.Diagnostics.Stopwatch.GetTimestamp());
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (_started.TryGetValue(command, out var started))
        {
            time.Add(System.Diagnostics.Stopwatch.GetElapsedTime((long)started));
            _started.Remove(command);
        }

        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        time.Add(eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        time.Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        time.Add(eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        time.Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }
}
