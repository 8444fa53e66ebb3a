namespace Bonded.Auth.Tokens;

/// <summary>Why a registry token was refused.</summary>
public enum ApiTokenFailure
{
    /// <summary>The token was accepted.</summary>
    None,

    /// <summary>Not a token of this registry: wrong prefix, too long, or not a well-formed macaroon.</summary>
    Malformed,

    /// <summary>No such token: revoked, or never issued.</summary>
    UnknownToken,

    /// <summary>The signature does not match: a caveat was removed, reordered or altered, or the token was forged.</summary>
    InvalidSignature,

    /// <summary>A caveat is unknown, malformed or third-party: tokens fail closed on what they do not understand.</summary>
    InvalidCaveat,

    /// <summary>A caveat does not hold for this request (expired, another project, another user...).</summary>
    CaveatNotSatisfied,
}

/// <summary>The outcome of verifying a registry token: who it authenticates, or why it was refused.</summary>
public sealed class ApiTokenVerification
{
    private ApiTokenVerification(ApiTokenFailure failure, string? reason, ApiTokenRecord? token)
    {
        Failure = failure;
        Reason = reason;
        Token = token;
    }

    /// <summary>Whether the token is valid for the request.</summary>
    public bool IsValid => Failure == ApiTokenFailure.None;

    /// <summary>Why it was refused; <see cref="ApiTokenFailure.None"/> when valid.</summary>
    public ApiTokenFailure Failure { get; }

    /// <summary>A message for the token holder; null when valid.</summary>
    public string? Reason { get; }

    /// <summary>The token id, when the token named a stored token.</summary>
    public string? TokenId => Token?.Id;

    /// <summary>The user the token authenticates (when valid).</summary>
    public string? UserId => IsValid ? Token?.UserId : null;

    /// <summary>The trusted publisher the token authenticates (when valid).</summary>
    public string? PublisherId => IsValid ? Token?.PublisherId : null;

    internal ApiTokenRecord? Token { get; }

    /// <summary>The outcome in words, never the token.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => IsValid ? $"valid token {TokenId} for {UserId ?? PublisherId}" : $"{Failure}: {Reason}";

    internal static ApiTokenVerification Valid(ApiTokenRecord token) => new(ApiTokenFailure.None, null, token);

    internal static ApiTokenVerification Refused(ApiTokenFailure failure, string reason, ApiTokenRecord? token = null) => new(failure, reason, token);
}
