using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ReleaseCalendar.Tests.Infrastructure;

/// <summary>Keeps the host's log lines of one category prefix, so tests can assert on the audit trail.</summary>
public sealed class LogCollector(string categoryPrefix) : ILoggerProvider
{
    readonly ConcurrentQueue<(string Category, LogLevel Level, EventId Id, string Message)> _lines = new();

    public IReadOnlyList<(string Category, LogLevel Level, EventId Id, string Message)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    sealed class Logger(LogCollector owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category.StartsWith(owner._categoryPrefix, StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) owner._lines.Enqueue((category, logLevel, eventId, formatter(state, exception)));
        }
    }

    readonly string _categoryPrefix = categoryPrefix;
}
