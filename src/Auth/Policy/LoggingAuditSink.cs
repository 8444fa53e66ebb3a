using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bonded.Auth.Policy;

/// <summary>The default <see cref="IAuditSink"/>: writes each event as a structured log entry.</summary>
public sealed partial class LoggingAuditSink : IAuditSink
{
    private readonly ILogger logger;

    /// <summary>Creates the sink.</summary>
    /// <param name="loggerFactory">Where to log; null logs nothing.</param>
    public LoggingAuditSink(ILoggerFactory? loggerFactory = null) =>
        logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Bonded.Auth.Audit");

    /// <inheritdoc/>
    public ValueTask WriteAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        Log(logger, auditEvent.Kind, auditEvent.Subject, auditEvent.RemoteAddress?.ToString(), auditEvent.Detail, auditEvent.Time);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "Audit {Kind} for {Subject} from {RemoteAddress}: {Detail} at {Time}")]
    private static partial void Log(ILogger logger, AuditEventKind kind, string subject, string? remoteAddress, string? detail, DateTimeOffset time);
}
