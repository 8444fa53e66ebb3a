using System.Globalization;
using System.Text;

namespace Bonded.Auth.Passwords;

/// <summary>
/// An argon2id hash in the PHC string format, <c>$argon2id$v=19$m=M,t=T,p=P$SALT$HASH</c>, with the salt and hash in
/// unpadded standard base64. Parsing is strict and bounded: only version 19, parameters in the order m, t, p as
/// canonical decimals, a 16-byte salt (the only length libsodium takes) and a 16 to 64 byte hash.
/// </summary>
internal sealed class Argon2idHash
{
    internal const int MinMemorySizeKiB = 8;
    internal const int MaxMemorySizeKiB = 4 * 1024 * 1024;
    internal const int MaxIterations = 1000;
    internal const int SaltLength = 16;
    internal const int MinHashLength = 16;
    internal const int MaxHashLength = 64;
    internal const int MaxEncodedLength = 256;
    private const string Prefix = "$argon2id$v=19$";

    internal Argon2idHash(int memorySizeKiB, int iterations, int parallelism, byte[] salt, byte[] hash)
    {
        MemorySizeKiB = memorySizeKiB;
        Iterations = iterations;
        Parallelism = parallelism;
        Salt = salt;
        Hash = hash;
    }

    internal int MemorySizeKiB { get; }

    internal int Iterations { get; }

    internal int Parallelism { get; }

    internal byte[] Salt { get; }

    internal byte[] Hash { get; }

    internal static Argon2idHash Parse(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        return TryParse(encoded, out var result, out var error) ? result : throw new PasswordHashFormatException(error);
    }

    internal static bool TryParse(string? encoded, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Argon2idHash? result) =>
        TryParse(encoded, out result, out _);

    private static bool TryParse(string? encoded, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Argon2idHash? result, out string error)
    {
        result = null;
        if (encoded is null || encoded.Length > MaxEncodedLength)
        {
            error = $"The encoded hash is missing or longer than {MaxEncodedLength} characters.";
            return false;
        }

        if (!encoded.StartsWith(Prefix, StringComparison.Ordinal))
        {
            error = "The encoded hash does not start with '$argon2id$v=19$'.";
            return false;
        }

        var parts = encoded[Prefix.Length..].Split('$');
        if (parts.Length != 3)
        {
            error = "The encoded hash must have parameters, salt and hash separated by '$'.";
            return false;
        }

        var parameters = parts[0].Split(',');
        if (parameters.Length != 3
            || !TryParameter(parameters[0], "m=", MinMemorySizeKiB, MaxMemorySizeKiB, out var m)
            || !TryParameter(parameters[1], "t=", 1, MaxIterations, out var t)
            || !TryParameter(parameters[2], "p=", 1, 1, out var p))
        {
            error = $"The parameters must read m=M,t=T,p=1 with M in {MinMemorySizeKiB}..{MaxMemorySizeKiB} and T in 1..{MaxIterations}.";
            return false;
        }

        if (!TryBase64(parts[1], out var salt) || salt.Length != SaltLength)
        {
            error = $"The salt must be {SaltLength} bytes of canonical unpadded base64.";
            return false;
        }

        if (!TryBase64(parts[2], out var hash) || hash.Length is < MinHashLength or > MaxHashLength)
        {
            error = $"The hash must be {MinHashLength} to {MaxHashLength} bytes of canonical unpadded base64.";
            return false;
        }

        result = new Argon2idHash(m, t, p, salt, hash);
        error = string.Empty;
        return true;
    }

    /// <summary>The PHC string.</summary>
    internal string Encode() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Prefix}m={MemorySizeKiB},t={Iterations},p={Parallelism}${ToBase64(Salt)}${ToBase64(Hash)}");

    /// <summary>Shows the parameters only.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"argon2id m={MemorySizeKiB},t={Iterations},p={Parallelism}");

    private static bool TryParameter(string text, string name, int min, int max, out int value)
    {
        value = 0;
        if (!text.StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = text.AsSpan(name.Length);
        if (digits.Length is 0 or > 7 || (digits[0] == '0' && digits.Length > 1))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value >= min && value <= max;
    }

    private static string ToBase64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length is 0 or > 100 || text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/'))
            {
                return false;
            }
        }

        var padded = new StringBuilder(text).Append('=', (4 - (text.Length % 4)) % 4).ToString();
        var buffer = new byte[padded.Length / 4 * 3];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];

        // Reject non-canonical encodings (stray bits in the last character).
        return string.Equals(ToBase64(bytes), text, StringComparison.Ordinal);
    }
}
