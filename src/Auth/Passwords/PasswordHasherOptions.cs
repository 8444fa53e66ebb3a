namespace Bonded.Auth.Passwords;

/// <summary>Argon2id parameters for new password hashes and the bound on password length.</summary>
/// <remarks>The defaults follow the OWASP password storage guidance for argon2id (19 MiB, two passes, one lane).</remarks>
public sealed class PasswordHasherOptions
{
    /// <summary>Memory cost in kibibytes (Argon2 <c>m</c>); at least 8 and at most 4,194,304 (4 GiB).</summary>
    public int MemorySizeKiB { get; set; } = 19_456;

    /// <summary>Number of passes (Argon2 <c>t</c>); 1 to 1,000.</summary>
    public int Iterations { get; set; } = 2;

    /// <summary>Degree of parallelism (Argon2 <c>p</c>); only 1 is supported by the libsodium implementation.</summary>
    public int Parallelism { get; set; } = 1;

    /// <summary>Length of the derived hash in bytes; 16 to 64.</summary>
    public int HashLength { get; set; } = 32;

    /// <summary>Longest accepted password in UTF-8 bytes; longer passwords are refused without hashing.</summary>
    public int MaxPasswordBytes { get; set; } = 1024;

    internal IEnumerable<string> Validate(string prefix)
    {
        if (MemorySizeKiB is < Argon2idHash.MinMemorySizeKiB or > Argon2idHash.MaxMemorySizeKiB)
        {
            yield return $"{prefix}{nameof(MemorySizeKiB)} must be between {Argon2idHash.MinMemorySizeKiB} and {Argon2idHash.MaxMemorySizeKiB} (was {MemorySizeKiB}).";
        }

        if (Iterations is < 1 or > Argon2idHash.MaxIterations)
        {
            yield return $"{prefix}{nameof(Iterations)} must be between 1 and {Argon2idHash.MaxIterations} (was {Iterations}).";
        }

        if (Parallelism != 1)
        {
            yield return $"{prefix}{nameof(Parallelism)} must be 1 (was {Parallelism}).";
        }

        if (HashLength is < Argon2idHash.MinHashLength or > Argon2idHash.MaxHashLength)
        {
            yield return $"{prefix}{nameof(HashLength)} must be between {Argon2idHash.MinHashLength} and {Argon2idHash.MaxHashLength} (was {HashLength}).";
        }

        if (MaxPasswordBytes is < 64 or > 65_536)
        {
            yield return $"{prefix}{nameof(MaxPasswordBytes)} must be between 64 and 65536 (was {MaxPasswordBytes}).";
        }
    }
}
