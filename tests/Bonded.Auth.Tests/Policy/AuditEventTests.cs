using System.Net;
using Bonded.Auth.Policy;
using Microsoft.Extensions.Logging;

namespace Bonded.Auth.Tests.Policy;

public sealed class AuditEventTests
{
    [Fact]
    public void Describes_itself_in_one_line()
    {
        var e = new AuditEvent(AuditEventKind.RecoveryCodeUsed, "alice", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), IPAddress.Parse("192.0.2.1"), "detail");
        Assert.Equal("2026-01-01T00:00:00.0000000+00:00 RecoveryCodeUsed alice from 192.0.2.1 (detail)", e.ToString());
    }

    [Fact]
    public async Task The_logging_sink_writes_one_structured_entry_per_event()
    {
        var factory = new CapturingLoggerFactory();
        await new LoggingAuditSink(factory).WriteAsync(new AuditEvent(AuditEventKind.LoginFailed, "alice", DateTimeOffset.UnixEpoch, IPAddress.Parse("192.0.2.7")));
        var entry = Assert.Single(factory.Entries);
        Assert.Equal("Bonded.Auth.Audit", entry.Category);
        Assert.Contains("LoginFailed", entry.Message, StringComparison.Ordinal);
        Assert.Contains("alice", entry.Message, StringComparison.Ordinal);
        Assert.Contains("192.0.2.7", entry.Message, StringComparison.Ordinal);
        await new LoggingAuditSink().WriteAsync(new AuditEvent(AuditEventKind.LoginFailed, "alice", DateTimeOffset.UnixEpoch));
    }

    private sealed class CapturingLoggerFactory : ILoggerFactory
    {
        public List<(string Category, string Message)> Entries { get; } = [];

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerFactory owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Add((category, formatter(state, exception)));
        }
    }
}
