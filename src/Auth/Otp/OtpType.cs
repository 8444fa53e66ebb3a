namespace Bonded.Auth.Otp;

/// <summary>The kind of one-time password in a provisioning URI.</summary>
public enum OtpType
{
    /// <summary>Time-based (RFC 6238).</summary>
    Totp = 0,

    /// <summary>Counter-based (RFC 4226).</summary>
    Hotp = 1,
}
