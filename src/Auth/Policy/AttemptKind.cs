namespace Bonded.Auth.Policy;

/// <summary>The kind of authentication attempt a rate limit counts.</summary>
public enum AttemptKind
{
    /// <summary>A password login.</summary>
    Login = 0,

    /// <summary>A second-factor check (TOTP, WebAuthn or recovery code).</summary>
    SecondFactor = 1,
}
