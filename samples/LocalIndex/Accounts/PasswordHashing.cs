using System.Security.Cryptography;
using System.Text;

namespace LocalIndex.Accounts;

/// <summary>Password hashing as the host needs it.</summary>
internal interface IPasswordHashing
{
    string Hash(string password);

    bool Verify(string password, string hash);
}

/// <summary>Interim PBKDF2-SHA256 (600,000 iterations) until Bonded.Auth's argon2id hasher is merged.</summary>
internal sealed class InterimPasswordHashing : IPasswordHashing
{
    private const int Iterations = 600_000;
    private const int MaxPasswordLength = 1024;

    public string Hash(string password)
    {
        Check(password);
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public bool Verify(string password, string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        if (password is null || password.Length > MaxPasswordLength)
        {
            return false;
        }

        var parts = hash.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256" || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private static void Check(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length is 0 or > MaxPasswordLength)
        {
            throw new ArgumentException($"A password has 1 to {MaxPasswordLength} characters.", nameof(password));
        }
    }
}
