namespace Bonded.Tuf;

/// <summary>How <c>AddTufRepository</c> finds the repository's storage and keys.</summary>
public sealed class TufRepositoryHostingOptions
{
    /// <summary>Layout and expiry of the repository.</summary>
    public TufRepositoryOptions Repository { get; } = new();

    /// <summary>The folder of the metadata files (served at the metadata URL), when no storage is given.</summary>
    public string? MetadataDirectory { get; set; }

    /// <summary>The folder of the PEM key files, when no signers are given.</summary>
    public string? KeyDirectory { get; set; }

    /// <summary>Storage to use instead of a folder (object storage, ...).</summary>
    public ITufStorage? Storage { get; set; }

    /// <summary>Signers to use instead of key files (KMS, HSM, in-memory keys).</summary>
    public TufSigners? Signers { get; set; }

    /// <summary>Create the repository (and key files) when storage is empty.</summary>
    public bool CreateIfMissing { get; set; } = true;

    /// <summary>The type of generated keys: ed25519, ecdsa or rsa.</summary>
    public string KeyType { get; set; } = KeyTypes.Ed25519;

    /// <summary>Lists every invalid option.</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(Repository.Validate());
        if (Storage is null && string.IsNullOrEmpty(MetadataDirectory))
        {
            errors.Add("Set MetadataDirectory or Storage.");
        }

        if (Signers is null && string.IsNullOrEmpty(KeyDirectory))
        {
            errors.Add("Set KeyDirectory or Signers.");
        }

        if (KeyType is not (KeyTypes.Ed25519 or KeyTypes.Ecdsa or KeyTypes.Rsa))
        {
            errors.Add($"KeyType must be ed25519, ecdsa or rsa, not \"{KeyType}\".");
        }

        return errors;
    }
}
