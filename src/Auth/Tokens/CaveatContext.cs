namespace Bonded.Auth.Tokens;

/// <summary>Everything a caveat is checked against: the request, the time and the identity the token belongs to.</summary>
public sealed class CaveatContext
{
    internal CaveatContext(TokenRequest request, DateTimeOffset now, string? userId, string? publisherId)
    {
        Request = request;
        Now = now;
        UserId = userId;
        PublisherId = publisherId;
        NormalizedProjectName = request.ProjectName is null ? null : ProjectNames.Normalize(request.ProjectName);
    }

    /// <summary>The request the token is presented with.</summary>
    public TokenRequest Request { get; }

    /// <summary>The time of verification (from the service's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The user the token was issued to, or null.</summary>
    public string? UserId { get; }

    /// <summary>The trusted publisher the token was issued to, or null.</summary>
    public string? PublisherId { get; }

    /// <summary>The request's project name normalized per PEP 503, or null.</summary>
    public string? NormalizedProjectName { get; }
}
