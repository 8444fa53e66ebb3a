using System.Globalization;
using System.Security.Cryptography;

namespace Bonded.Auth.Otp;

/// <summary>
/// A shared HOTP/TOTP secret with the parameters it was enrolled with (hash function, digits, period). The HMAC key
/// state is computed once, so checking a code allocates nothing. <see cref="ToString"/> never shows the secret.
/// </summary>
public sealed class OtpKey : IDisposable
{
    /// <summary>The shortest secret accepted, in bytes (RFC 4226 R6: at least 128 bits).</summary>
    public const int MinSecretLength = 16;

    /// <summary>The longest secret accepted, in bytes.</summary>
    public const int MaxSecretLength = 256;

    private readonly byte[] secret;
    private readonly OtpHmac hmac;
    private bool disposed;

    /// <summary>Creates a key from secret bytes.</summary>
    /// <param name="secret">The shared secret, 16 to 256 bytes; copied.</param>
    /// <param name="algorithm">The HMAC hash function.</param>
    /// <param name="digits">The number of digits in a code, 6 to 8.</param>
    /// <param name="period">The TOTP time step in seconds, 1 to 300 (ignored by HOTP).</param>
    /// <exception cref="ArgumentException">The secret length or a parameter is out of range.</exception>
    public OtpKey(ReadOnlySpan<byte> secret, OtpHashAlgorithm algorithm = OtpHashAlgorithm.Sha1, int digits = 6, int period = 30)
    {
        if (secret.Length is < MinSecretLength or > MaxSecretLength)
        {
            throw new ArgumentException($"An OTP secret must be {MinSecretLength} to {MaxSecretLength} bytes.", nameof(secret));
        }

        if (!Enum.IsDefined(algorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(algorithm));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(period, 300);
        this.secret = secret.ToArray();
        Algorithm = algorithm;
        Digits = digits;
        Period = period;
        hmac = new OtpHmac(algorithm, secret);
    }

    /// <summary>The HMAC hash function.</summary>
    public OtpHashAlgorithm Algorithm { get; }

    /// <summary>The number of digits in a code.</summary>
    public int Digits { get; }

    /// <summary>The TOTP time step in seconds.</summary>
    public int Period { get; }

    /// <summary>The secret length in bytes.</summary>
    public int SecretLength => secret.Length;

    internal OtpHmac Hmac
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return hmac;
        }
    }

    /// <summary>Generates a key with a fresh random secret.</summary>
    /// <param name="algorithm">The HMAC hash function.</param>
    /// <param name="digits">The number of digits in a code, 6 to 8.</param>
    /// <param name="period">The TOTP time step in seconds.</param>
    /// <param name="secretLength">The secret length in bytes; 0 picks the hash output size (20, 32 or 64), as RFC 6238 does.</param>
    /// <returns>The new key.</returns>
    public static OtpKey Generate(OtpHashAlgorithm algorithm = OtpHashAlgorithm.Sha1, int digits = 6, int period = 30, int secretLength = 0)
    {
        if (secretLength == 0)
        {
            secretLength = algorithm switch
            {
                OtpHashAlgorithm.Sha256 => 32,
                OtpHashAlgorithm.Sha512 => 64,
                _ => 20,
            };
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(secretLength, MinSecretLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(secretLength, MaxSecretLength);
        Span<byte> bytes = stackalloc byte[secretLength];
        RandomNumberGenerator.Fill(bytes);
        try
        {
            return new OtpKey(bytes, algorithm, digits, period);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Creates a key from a base32 secret (RFC 4648, case-insensitive, padding optional).</summary>
    /// <param name="secret">The base32 secret as stored or as shown for manual entry; spaces are ignored.</param>
    /// <param name="algorithm">The HMAC hash function.</param>
    /// <param name="digits">The number of digits in a code.</param>
    /// <param name="period">The TOTP time step in seconds.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not base32.</exception>
    /// <exception cref="ArgumentException">The secret length or a parameter is out of range.</exception>
    public static OtpKey FromBase32(string secret, OtpHashAlgorithm algorithm = OtpHashAlgorithm.Sha1, int digits = 6, int period = 30)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length > 1024 || !Base32.TryDecode(secret.Replace(" ", string.Empty, StringComparison.Ordinal), out var bytes))
        {
            throw new FormatException("The OTP secret is not RFC 4648 base32.");
        }

        try
        {
            return new OtpKey(bytes, algorithm, digits, period);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Exports the secret as unpadded upper-case base32, for storage or manual entry. Handle it as a secret.</summary>
    /// <returns>The base32 secret.</returns>
    public string ExportBase32()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Base32.Encode(secret);
    }

    /// <summary>Exports a copy of the secret bytes. Handle them as a secret.</summary>
    /// <returns>The secret.</returns>
    public byte[] Export()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return (byte[])secret.Clone();
    }

    /// <summary>Describes the key without the secret.</summary>
    /// <returns>For example <c>OtpKey(Sha1, 6 digits, 30 s, 20-byte secret)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"OtpKey({Algorithm}, {Digits} digits, {Period} s, {secret.Length}-byte secret)");

    /// <summary>Erases the secret from memory.</summary>
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            CryptographicOperations.ZeroMemory(secret);
            hmac.Dispose();
        }
    }

    internal ReadOnlySpan<byte> Secret
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return secret;
        }
    }
}
