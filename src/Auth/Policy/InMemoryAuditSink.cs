using System.Collections.Concurrent;

namespace Bonded.Auth.Policy;

/// <summary>An <see cref="IAuditSink"/> that keeps events in memory, for tests and small hosts.</summary>
public sealed class InMemoryAuditSink : IAuditSink
{
    private readonly ConcurrentQueue<AuditEvent> events = new();

    /// <summary>The events recorded so far, oldest first.</summary>
    public IReadOnlyList<AuditEvent> Events => [.. events];

    /// <inheritdoc/>
    public ValueTask WriteAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        events.Enqueue(auditEvent);
        return ValueTask.CompletedTask;
    }
}
