using System.Globalization;
using System.Net;

namespace Bonded.Auth.Policy;

/// <summary>One security-relevant event: what happened, to whom, when and from where. Never carries a secret.</summary>
public sealed class AuditEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="subject">The user (or credential) it happened to.</param>
    /// <param name="time">When.</param>
    /// <param name="remoteAddress">The client address, when known.</param>
    /// <param name="detail">A short non-secret detail, for example a credential id or the limit that was hit.</param>
    public AuditEvent(AuditEventKind kind, string subject, DateTimeOffset time, IPAddress? remoteAddress = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        Kind = kind;
        Subject = subject;
        Time = time;
        RemoteAddress = remoteAddress;
        Detail = detail;
    }

    /// <summary>What happened.</summary>
    public AuditEventKind Kind { get; }

    /// <summary>The user (or credential) it happened to.</summary>
    public string Subject { get; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The client address, or null.</summary>
    public IPAddress? RemoteAddress { get; }

    /// <summary>A short non-secret detail, or null.</summary>
    public string? Detail { get; }

    /// <summary>A one-line description.</summary>
    /// <returns>For example <c>2026-01-01T00:00:00.0000000+00:00 RecoveryCodeUsed alice from 192.0.2.1</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Time:O} {Kind} {Subject}{(RemoteAddress is null ? string.Empty : " from " + RemoteAddress)}{(Detail is null ? string.Empty : " (" + Detail + ")")}");
}
