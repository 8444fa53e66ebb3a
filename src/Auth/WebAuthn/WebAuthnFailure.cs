namespace Bonded.Auth.WebAuthn;

/// <summary>Why a WebAuthn ceremony failed.</summary>
public enum WebAuthnFailure
{
    /// <summary>It did not fail.</summary>
    None = 0,

    /// <summary>The ceremony id is unknown, expired, already used, or belongs to another user or ceremony kind.</summary>
    UnknownCeremony = 1,

    /// <summary>The browser's response is not well-formed or too large.</summary>
    Malformed = 2,

    /// <summary>The client data names another origin, or the authenticator data another RP ID.</summary>
    WrongOrigin = 3,

    /// <summary>The challenge, type or flags in the response do not match the ceremony.</summary>
    InvalidResponse = 4,

    /// <summary>The signature does not verify with the stored public key.</summary>
    InvalidSignature = 5,

    /// <summary>The credential is not registered (or not to this user).</summary>
    UnknownCredential = 6,

    /// <summary>The signature counter did not increase: the authenticator may have been cloned.</summary>
    CloneSuspected = 7,

    /// <summary>The credential is already registered.</summary>
    DuplicateCredential = 8,

    /// <summary>User verification was required but not performed.</summary>
    UserVerificationRequired = 9,

    /// <summary>The user already has the maximum number of credentials.</summary>
    TooManyCredentials = 10,
}
