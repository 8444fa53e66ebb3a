using Bonded.Auth.Otp;
using Bonded.Auth.Passwords;
using Bonded.Auth.Policy;
using Bonded.Auth.Recovery;
using Bonded.Auth.WebAuthn;

namespace Bonded.Auth;

/// <summary>Options of the MFA part: TOTP, WebAuthn, recovery codes, passwords and policy.</summary>
public sealed partial class RegistryAuthOptions
{
    /// <summary>TOTP settings.</summary>
    public TotpOptions Totp { get; } = new();

    /// <summary>WebAuthn relying party and ceremony settings.</summary>
    public WebAuthnOptions WebAuthn { get; } = new();

    /// <summary>Recovery code settings.</summary>
    public RecoveryCodeOptions RecoveryCodes { get; } = new();

    /// <summary>Argon2id password hashing settings.</summary>
    public PasswordHasherOptions Passwords { get; } = new();

    /// <summary>Who must use two factors, and the rate limits.</summary>
    public MfaPolicyOptions Policy { get; } = new();

    internal IEnumerable<string> ValidateMfa() =>
        Totp.Validate($"{nameof(Totp)}.")
            .Concat(WebAuthn.Validate($"{nameof(WebAuthn)}."))
            .Concat(RecoveryCodes.Validate($"{nameof(RecoveryCodes)}."))
            .Concat(Passwords.Validate($"{nameof(Passwords)}."))
            .Concat(Policy.Validate($"{nameof(Policy)}."));
}
