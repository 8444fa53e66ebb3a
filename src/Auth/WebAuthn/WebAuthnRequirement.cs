namespace Bonded.Auth.WebAuthn;

/// <summary>How strongly a WebAuthn feature is asked for (the spec's required / preferred / discouraged).</summary>
public enum WebAuthnRequirement
{
    /// <summary>Must be present.</summary>
    Required = 0,

    /// <summary>Used when available.</summary>
    Preferred = 1,

    /// <summary>Avoided when possible.</summary>
    Discouraged = 2,
}
