namespace Bonded.Auth.Tokens;

/// <summary>What happened to a token.</summary>
public enum ApiTokenEventKind
{
    /// <summary>A token was issued.</summary>
    Created,

    /// <summary>A token was revoked (its record deleted).</summary>
    Revoked,

    /// <summary>A token naming a stored token was presented with a signature that does not match: altered or forged.</summary>
    InvalidSignature,
}

/// <summary>A security-relevant token event, for audit logs; it carries the token id, never the token.</summary>
public sealed class ApiTokenEvent : EventArgs
{
    /// <summary>Creates the event.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="tokenId">The token id.</param>
    /// <param name="ownerId">The user or trusted publisher the token belongs to, when known.</param>
    /// <param name="at">When it happened.</param>
    public ApiTokenEvent(ApiTokenEventKind kind, string tokenId, string? ownerId, DateTimeOffset at)
    {
        Kind = kind;
        TokenId = tokenId;
        OwnerId = ownerId;
        At = at;
    }

    /// <summary>What happened.</summary>
    public ApiTokenEventKind Kind { get; }

    /// <summary>The token id.</summary>
    public string TokenId { get; }

    /// <summary>The user or trusted publisher the token belongs to, when known.</summary>
    public string? OwnerId { get; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; }

    /// <summary>The event in words.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"{Kind} token {TokenId} ({OwnerId}) at {At:O}";
}
