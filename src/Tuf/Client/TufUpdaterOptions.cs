namespace Bonded.Tuf;

/// <summary>Where <see cref="TufUpdater"/> finds the repository and keeps its trusted metadata, and the limits it enforces.</summary>
/// <remarks>The length and count limits default to python-tuf's; the timeouts protect against slow retrieval.</remarks>
public sealed class TufUpdaterOptions
{
    /// <summary>The base URI of the repository's metadata (<c>https:</c> or <c>file:</c>); required.</summary>
    public Uri? MetadataBaseUri { get; set; }

    /// <summary>The local folder of trusted metadata (<c>root.json</c>, <c>timestamp.json</c>, ...), which survives restarts; required.</summary>
    public string? MetadataDirectory { get; set; }

    /// <summary>The base URI of the repository's target files; needed to download targets.</summary>
    public Uri? TargetBaseUri { get; set; }

    /// <summary>The local folder of downloaded, verified targets, reused while their hashes still match; needed to download without a file path.</summary>
    public string? TargetDirectory { get; set; }

    /// <summary>A trusted root written to the metadata folder when it has no <c>root.json</c> yet (the bootstrap trust anchor); empty for none.</summary>
    public ReadOnlyMemory<byte> TrustedRoot { get; set; }

    /// <summary>The most root versions one refresh steps through; default 256.</summary>
    public int MaxRootRotations { get; set; } = 256;

    /// <summary>The most targets roles one target search visits; default 32.</summary>
    public int MaxDelegations { get; set; } = 32;

    /// <summary>The largest root metadata accepted, in bytes; default 512,000.</summary>
    public long RootMaxLength { get; set; } = 512_000;

    /// <summary>The largest timestamp metadata accepted, in bytes; default 16,384.</summary>
    public long TimestampMaxLength { get; set; } = 16_384;

    /// <summary>The largest snapshot accepted when the timestamp lists no length, in bytes; default 2,000,000.</summary>
    public long SnapshotMaxLength { get; set; } = 2_000_000;

    /// <summary>The largest targets metadata accepted when the snapshot lists no length, in bytes; default 5,000,000.</summary>
    public long TargetsMaxLength { get; set; } = 5_000_000;

    /// <summary>Whether target URLs get the hash prefix (<c>dir/HASH.name</c>) when the repository uses consistent snapshots; default true.</summary>
    public bool PrefixTargetsWithHash { get; set; } = true;

    /// <summary>Serve from the local metadata and target caches alone, without any request, while that metadata has not expired.</summary>
    public bool Offline { get; set; }

    /// <summary>The longest wait for a response to start; default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait for the next bytes of a response; default 30 seconds.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The lowest average rate a download may fall to once <see cref="ReadTimeout"/> has passed, in bytes per second; default 1,024, 0 for none.</summary>
    public long MinimumBytesPerSecond { get; set; } = 1024;

    /// <summary>Every problem with these options, empty when they are valid.</summary>
    /// <returns>One message per invalid option.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MetadataBaseUri is null)
        {
            if (!Offline)
            {
                errors.Add($"{nameof(MetadataBaseUri)} is required.");
            }
        }
        else if (!MetadataBaseUri.IsAbsoluteUri)
        {
            errors.Add($"{nameof(MetadataBaseUri)} must be absolute.");
        }

        if (string.IsNullOrEmpty(MetadataDirectory))
        {
            errors.Add($"{nameof(MetadataDirectory)} is required.");
        }

        if (TargetBaseUri is { IsAbsoluteUri: false })
        {
            errors.Add($"{nameof(TargetBaseUri)} must be absolute.");
        }

        Positive(errors, nameof(MaxRootRotations), MaxRootRotations);
        Positive(errors, nameof(MaxDelegations), MaxDelegations);
        Positive(errors, nameof(RootMaxLength), RootMaxLength);
        Positive(errors, nameof(TimestampMaxLength), TimestampMaxLength);
        Positive(errors, nameof(SnapshotMaxLength), SnapshotMaxLength);
        Positive(errors, nameof(TargetsMaxLength), TargetsMaxLength);
        Positive(errors, nameof(RequestTimeout), RequestTimeout.Ticks);
        Positive(errors, nameof(ReadTimeout), ReadTimeout.Ticks);
        if (MinimumBytesPerSecond < 0)
        {
            errors.Add($"{nameof(MinimumBytesPerSecond)} must not be negative.");
        }

        return errors;
    }

    private static void Positive(List<string> errors, string name, long value)
    {
        if (value <= 0)
        {
            errors.Add($"{name} must be positive.");
        }
    }
}
