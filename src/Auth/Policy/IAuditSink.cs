namespace Bonded.Auth.Policy;

/// <summary>Receives audit events; the host stores them (a table, a log stream) and shows users their own.</summary>
public interface IAuditSink
{
    /// <summary>Records an event.</summary>
    /// <param name="auditEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when recorded.</returns>
    ValueTask WriteAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
