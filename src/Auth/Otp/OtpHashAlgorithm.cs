namespace Bonded.Auth.Otp;

/// <summary>The HMAC hash function of an HOTP or TOTP key (RFC 6238, section 1.2).</summary>
public enum OtpHashAlgorithm
{
    /// <summary>HMAC-SHA-1, the RFC 4226 default and what most authenticator apps support.</summary>
    Sha1 = 0,

    /// <summary>HMAC-SHA-256.</summary>
    Sha256 = 1,

    /// <summary>HMAC-SHA-512.</summary>
    Sha512 = 2,
}
