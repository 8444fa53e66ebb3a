namespace Bonded.Tuf;

/// <summary>
/// Keeps a repository's keys as unencrypted PKCS#8 PEM files in one folder (<c>root.pem</c>, <c>targets.pem</c>,
/// <c>snapshot.pem</c>, <c>timestamp.pem</c>, <c>bins.pem</c>), readable by the owner only.
/// </summary>
/// <remarks>For production, keep root and targets offline (remove their files after the ceremony) or sign through an <see cref="ISigner"/> backed by a KMS or HSM.</remarks>
public static class TufKeyFiles
{
    /// <summary>The role names that have key files.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["root", "targets", "snapshot", "timestamp", "bins"];

    /// <summary>The file of a role's key.</summary>
    /// <param name="directory">The key folder.</param>
    /// <param name="role">The role.</param>
    /// <returns>The path.</returns>
    public static string PathOf(string directory, string role) => Path.Combine(directory, role + ".pem");

    /// <summary>Generates a key per role and writes the files.</summary>
    /// <param name="directory">The key folder (created).</param>
    /// <param name="keyType">ed25519, ecdsa or rsa.</param>
    /// <returns>The signers.</returns>
    /// <exception cref="RepositoryException">A key file already exists.</exception>
    public static TufSigners Generate(string directory, string keyType)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var signers = new Dictionary<string, LocalSigner>(StringComparer.Ordinal);
        foreach (var role in Roles)
        {
            var signer = LocalSigner.Generate(keyType);
            Save(directory, role, signer);
            signers[role] = signer;
        }

        return new TufSigners
        {
            Root = signers["root"],
            Targets = signers["targets"],
            Snapshot = signers["snapshot"],
            Timestamp = signers["timestamp"],
            Bins = signers["bins"],
        };
    }

    /// <summary>Writes one key file, readable by the owner only.</summary>
    /// <param name="directory">The key folder.</param>
    /// <param name="role">The role.</param>
    /// <param name="signer">The key.</param>
    /// <param name="overwrite">Replace an existing file.</param>
    /// <exception cref="RepositoryException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public static void Save(string directory, string role, LocalSigner signer, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(signer);
        Directory.CreateDirectory(directory);
        var path = PathOf(directory, role);
        if (!overwrite && File.Exists(path))
        {
            throw new RepositoryException($"{path} exists; refusing to overwrite a key.");
        }

        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            var bytes = System.Text.Encoding.ASCII.GetBytes(signer.ExportPrivateKeyPem());
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Loads the keys present in the folder; snapshot, timestamp and bins are required.</summary>
    /// <param name="directory">The key folder.</param>
    /// <param name="ecdsaKeyType">The key type to publish for ECDSA keys.</param>
    /// <returns>The signers (root and targets null when their files are absent).</returns>
    /// <exception cref="RepositoryException">An online key file is missing.</exception>
    public static TufSigners Load(string directory, string ecdsaKeyType = KeyTypes.Ecdsa)
    {
        ArgumentNullException.ThrowIfNull(directory);
        LocalSigner? Read(string role, bool required)
        {
            var path = PathOf(directory, role);
            if (!File.Exists(path))
            {
                return required ? throw new RepositoryException($"The {role} key file {path} is missing.") : null;
            }

            return LocalSigner.FromPem(File.ReadAllText(path), ecdsaKeyType);
        }

        return new TufSigners
        {
            Root = Read("root", false),
            Targets = Read("targets", false),
            Snapshot = Read("snapshot", true)!,
            Timestamp = Read("timestamp", true)!,
            Bins = Read("bins", true)!,
        };
    }
}
