using Bonded.Auth.Otp;
using Bonded.Auth.Passwords;

namespace Bonded.Auth;

/// <summary>Options of the MFA part: TOTP, WebAuthn, recovery codes, passwords and policy.</summary>
public sealed partial class RegistryAuthOptions
{
    /// <summary>TOTP settings.</summary>
    public TotpOptions Totp { get; } = new();

    /// <summary>Argon2id password hashing settings.</summary>
    public PasswordHasherOptions Passwords { get; } = new();

    internal IEnumerable<string> ValidateMfa() =>
        Totp.Validate($"{nameof(Totp)}.")
            .Concat(Passwords.Validate($"{nameof(Passwords)}."));
}
