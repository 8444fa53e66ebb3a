using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace Bonded.Auth.Passwords;

/// <summary>Hashes passwords with argon2id into PHC strings and verifies them, asking for a rehash when parameters change.</summary>
public sealed class PasswordHasher
{
    private readonly PasswordHasherOptions options;
    private readonly Argon2id algorithm;

    /// <summary>Creates a hasher with the given options.</summary>
    /// <param name="options">The argon2id parameters and length bound.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public PasswordHasher(IOptions<PasswordHasherOptions> options)
    {
        this.options = MfaOptionsCheck.Validated(options, static (o, prefix) => o.Validate(prefix));

        algorithm = Create(this.options.MemorySizeKiB, this.options.Iterations);
    }

    /// <summary>Hashes a new password with a fresh random salt.</summary>
    /// <param name="password">The password.</param>
    /// <returns>The PHC string to store, for example <c>$argon2id$v=19$m=19456,t=2,p=1$...$...</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="password"/> is null.</exception>
    /// <exception cref="PasswordTooLongException">The password is longer than <see cref="PasswordHasherOptions.MaxPasswordBytes"/>.</exception>
    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!IsAcceptableLength(password))
        {
            throw new PasswordTooLongException($"Passwords are limited to {options.MaxPasswordBytes} UTF-8 bytes.");
        }

        var salt = RandomNumberGenerator.GetBytes(Argon2idHash.SaltLength);
        var hash = new byte[options.HashLength];
        Derive(algorithm, password, salt, hash);
        return new Argon2idHash(options.MemorySizeKiB, options.Iterations, 1, salt, hash).Encode();
    }

    /// <summary>Whether a password is within the length bound (checked before any hashing).</summary>
    /// <param name="password">The password.</param>
    /// <returns><see langword="true"/> when it is at most <see cref="PasswordHasherOptions.MaxPasswordBytes"/> UTF-8 bytes.</returns>
    public bool IsAcceptableLength(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return password.Length <= options.MaxPasswordBytes && Encoding.UTF8.GetByteCount(password) <= options.MaxPasswordBytes;
    }

    /// <summary>Checks a password against a stored hash, in constant time with respect to the hash.</summary>
    /// <param name="encodedHash">The stored PHC string.</param>
    /// <param name="password">The password offered.</param>
    /// <returns>Failed, Success, or SuccessRehashNeeded when the hash was made with other parameters.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PasswordHashFormatException"><paramref name="encodedHash"/> is not a supported argon2id PHC string.</exception>
    public PasswordVerification Verify(string encodedHash, string password)
    {
        ArgumentNullException.ThrowIfNull(encodedHash);
        ArgumentNullException.ThrowIfNull(password);
        var stored = Argon2idHash.Parse(encodedHash);
        if (!IsAcceptableLength(password))
        {
            return PasswordVerification.Failed;
        }

        var current = stored.MemorySizeKiB == options.MemorySizeKiB && stored.Iterations == options.Iterations;
        var candidate = new byte[stored.Hash.Length];
        Derive(current ? algorithm : Create(stored.MemorySizeKiB, stored.Iterations), password, stored.Salt, candidate);
        if (!CryptographicOperations.FixedTimeEquals(candidate, stored.Hash))
        {
            return PasswordVerification.Failed;
        }

        return current && stored.Hash.Length == options.HashLength ? PasswordVerification.Success : PasswordVerification.SuccessRehashNeeded;
    }

    /// <summary>Runs one hash with the current parameters and discards it, so that a login for an unknown user costs as much as one for a known user.</summary>
    /// <param name="password">The password offered.</param>
    public void VerifyNothing(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (IsAcceptableLength(password))
        {
            Span<byte> salt = stackalloc byte[Argon2idHash.SaltLength];
            var sink = new byte[options.HashLength];
            Derive(algorithm, password, salt, sink);
        }
    }

    internal static string HashWith(string password, int memorySizeKiB, int iterations, ReadOnlySpan<byte> salt, int hashLength)
    {
        var hash = new byte[hashLength];
        Derive(Create(memorySizeKiB, iterations), password, salt, hash);
        return new Argon2idHash(memorySizeKiB, iterations, 1, salt.ToArray(), hash).Encode();
    }

    private static Argon2id Create(int memorySizeKiB, int iterations) =>
        PasswordBasedKeyDerivationAlgorithm.Argon2id(new Argon2Parameters
        {
            DegreeOfParallelism = 1,
            MemorySize = memorySizeKiB,
            NumberOfPasses = iterations,
        });

    private static void Derive(Argon2id algorithm, string password, ReadOnlySpan<byte> salt, Span<byte> output)
    {
        var length = Encoding.UTF8.GetByteCount(password);
        var bytes = new byte[length];
        try
        {
            Encoding.UTF8.GetBytes(password, bytes);
            algorithm.DeriveBytes(bytes, salt, output);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
