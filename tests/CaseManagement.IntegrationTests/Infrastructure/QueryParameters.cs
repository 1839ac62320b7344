using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>Watches the queries EF sends (its diagnostic events): how many, and the most parameters one SELECT carried.</summary>
internal sealed class QueryParameters : IObserver<System.Diagnostics.DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> _selects = [];
    public int Selects;
    public int MostInOneSelect;

    /// <summary>The SELECTs sent, with their parameters, in order.</summary>
    public IReadOnlyList<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Commands
    {
        get
        {
            lock (_selects)
                return _selects.ToList();
        }
    }

    /// <summary>SQLite's plan for a captured command, one line per step.</summary>
    public static async Task<string> PlanAsync(CaseManagement.Application.Data.CaseDbContext db, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lines.Add(reader.GetString(3));
        return string.Join('\n', lines);
    }

    public QueryParameters() => _all = System.Diagnostics.DiagnosticListener.AllListeners.Subscribe(this);

    public void OnNext(System.Diagnostics.DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuting.Name
            || value.Value is not Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData data
            || !data.Command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            return;
        Interlocked.Increment(ref Selects);
        MostInOneSelect = Math.Max(MostInOneSelect, data.Command.Parameters.Count);
        var parameters = data.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
        lock (_selects)
            _selects.Add((data.Command.CommandText, parameters));
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        foreach (var subscription in _subscriptions)
            subscription.Dispose();
    }
}
