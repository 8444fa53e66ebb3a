namespace Bonded.Auth.Policy;

/// <summary>The security-relevant events a registry records; the library emits some itself, the host the rest.</summary>
public enum AuditEventKind
{
    /// <summary>A password login succeeded.</summary>
    LoginSucceeded = 0,

    /// <summary>A password login failed.</summary>
    LoginFailed = 1,

    /// <summary>A password was set or changed.</summary>
    PasswordChanged = 2,

    /// <summary>A stored password hash was upgraded to the current parameters at login.</summary>
    PasswordRehashed = 3,

    /// <summary>A TOTP device was enrolled.</summary>
    TotpEnrolled = 4,

    /// <summary>A TOTP device was removed.</summary>
    TotpRemoved = 5,

    /// <summary>A TOTP code was accepted as a second factor.</summary>
    TotpAccepted = 6,

    /// <summary>A TOTP code was wrong.</summary>
    TotpRejected = 7,

    /// <summary>A correct TOTP code was submitted again (emitted by <see cref="Otp.TotpAuthenticator"/>).</summary>
    TotpReplayed = 8,

    /// <summary>A WebAuthn credential was registered (emitted by <see cref="WebAuthn.WebAuthnService"/>).</summary>
    WebAuthnRegistered = 9,

    /// <summary>A WebAuthn credential was removed (emitted by <see cref="WebAuthn.WebAuthnService"/>).</summary>
    WebAuthnRemoved = 10,

    /// <summary>A WebAuthn assertion was accepted (emitted by <see cref="WebAuthn.WebAuthnService"/>).</summary>
    WebAuthnAsserted = 11,

    /// <summary>A WebAuthn assertion failed verification (emitted by <see cref="WebAuthn.WebAuthnService"/>).</summary>
    WebAuthnRejected = 12,

    /// <summary>A WebAuthn signature counter went backwards: a possibly cloned authenticator (emitted by <see cref="WebAuthn.WebAuthnService"/>).</summary>
    WebAuthnCloneSuspected = 13,

    /// <summary>A new set of recovery codes was generated, replacing any old set (emitted by <see cref="Recovery.RecoveryCodes"/>).</summary>
    RecoveryCodesGenerated = 14,

    /// <summary>A recovery code was used and burned (emitted by <see cref="Recovery.RecoveryCodes"/>).</summary>
    RecoveryCodeUsed = 15,

    /// <summary>A recovery code was wrong or already used (emitted by <see cref="Recovery.RecoveryCodes"/>).</summary>
    RecoveryCodeRejected = 16,

    /// <summary>An attempt was refused by a rate limit (emitted by <see cref="MfaPolicy"/>).</summary>
    RateLimited = 17,

    /// <summary>A user's two-factor requirement or a project's critical status changed.</summary>
    MfaRequirementChanged = 18,

    /// <summary>An account was recovered through an out-of-band process.</summary>
    AccountRecovered = 19,
}
