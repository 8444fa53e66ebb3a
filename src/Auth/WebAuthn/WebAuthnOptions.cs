namespace Bonded.Auth.WebAuthn;

/// <summary>The relying party (the registry) and the ceremony settings for WebAuthn.</summary>
public sealed class WebAuthnOptions
{
    /// <summary>The RP ID: the registry's domain, for example <c>pypi.example.org</c> (no scheme, no port).</summary>
    public string RelyingPartyId { get; set; } = "localhost";

    /// <summary>The name shown by the browser, for example the registry's name.</summary>
    public string RelyingPartyName { get; set; } = "Bonded";

    /// <summary>The origins allowed in client data, for example <c>https://pypi.example.org</c>; exact matches only. Empty means <c>https://</c> + <see cref="RelyingPartyId"/>.</summary>
    public ISet<string> Origins { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>How long the browser may take, and how long a started ceremony stays valid.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether new credentials should be discoverable (passkeys): required, preferred or discouraged.</summary>
    public WebAuthnRequirement ResidentKey { get; set; } = WebAuthnRequirement.Preferred;

    /// <summary>Whether the authenticator must verify the user (PIN, biometrics). Passkey sign-in always requires it.</summary>
    public WebAuthnRequirement UserVerification { get; set; } = WebAuthnRequirement.Preferred;

    /// <summary>The largest browser response accepted, in bytes.</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>The most credentials one user may register.</summary>
    public int MaxCredentialsPerUser { get; set; } = 20;

    internal IReadOnlySet<string> EffectiveOrigins() =>
        Origins.Count > 0 ? new HashSet<string>(Origins, StringComparer.Ordinal) : new HashSet<string>(["https://" + RelyingPartyId], StringComparer.Ordinal);

    internal IEnumerable<string> Validate(string prefix)
    {
        if (string.IsNullOrWhiteSpace(RelyingPartyId) || RelyingPartyId.Contains("://", StringComparison.Ordinal)
            || RelyingPartyId.Contains('/', StringComparison.Ordinal) || RelyingPartyId.Contains(':', StringComparison.Ordinal))
        {
            yield return $"{prefix}{nameof(RelyingPartyId)} must be a bare domain such as 'pypi.example.org' (was '{RelyingPartyId}').";
        }

        if (string.IsNullOrWhiteSpace(RelyingPartyName))
        {
            yield return $"{prefix}{nameof(RelyingPartyName)} must not be empty.";
        }

        foreach (var origin in Origins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
                || uri.AbsolutePath != "/" || origin.EndsWith('/')
                || !(string.Equals(uri.Host, RelyingPartyId, StringComparison.OrdinalIgnoreCase)
                    || uri.Host.EndsWith("." + RelyingPartyId, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{prefix}{nameof(Origins)} entry '{origin}' must be scheme://host[:port] on the RP ID's domain.";
            }
            else if (uri.Scheme == "http" && uri.Host != "localhost")
            {
                yield return $"{prefix}{nameof(Origins)} entry '{origin}' must use https (http is allowed for localhost only).";
            }
        }

        if (Timeout < TimeSpan.FromSeconds(30) || Timeout > TimeSpan.FromMinutes(30))
        {
            yield return $"{prefix}{nameof(Timeout)} must be between 30 seconds and 30 minutes (was {Timeout}).";
        }

        if (!Enum.IsDefined(ResidentKey) || !Enum.IsDefined(UserVerification))
        {
            yield return $"{prefix}{nameof(ResidentKey)} and {nameof(UserVerification)} must be Required, Preferred or Discouraged.";
        }

        if (MaxResponseBytes is < 1024 or > 1024 * 1024)
        {
            yield return $"{prefix}{nameof(MaxResponseBytes)} must be between 1024 and 1048576 (was {MaxResponseBytes}).";
        }

        if (MaxCredentialsPerUser is < 1 or > 100)
        {
            yield return $"{prefix}{nameof(MaxCredentialsPerUser)} must be between 1 and 100 (was {MaxCredentialsPerUser}).";
        }
    }
}
