using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>Everything the application logs at Warning or above during the run, to assert on (and to check nothing personal is logged).</summary>
public sealed class TestLog : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    public static TestLog Instance { get; } = new();

    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(TestLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                log._entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception));
        }
    }
}
