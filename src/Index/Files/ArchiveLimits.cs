namespace Bonded.Index.Files;

/// <summary>Limits that keep reading an untrusted distribution archive bounded in memory and time.</summary>
public sealed class ArchiveLimits
{
    /// <summary>The largest METADATA or PKG-INFO accepted, in bytes (default 8 MiB).</summary>
    public int MaxMetadataBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The most entries an archive may list (default 200,000).</summary>
    public int MaxEntries { get; set; } = 200_000;

    /// <summary>The most bytes decompressed while looking for PKG-INFO in a compressed tar (default 2 GiB).</summary>
    public long MaxUncompressedBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The largest ratio of uncompressed to compressed size accepted for the metadata entry (default 1,000).</summary>
    public int MaxCompressionRatio { get; set; } = 1_000;

    /// <summary>The longest entry name accepted, in characters (default 4,096).</summary>
    public int MaxEntryNameLength { get; set; } = 4096;

    /// <summary>The defaults.</summary>
    public static ArchiveLimits Default { get; } = new();

    internal IEnumerable<string> Validate()
    {
        if (MaxMetadataBytes <= 0)
        {
            yield return "ArchiveLimits.MaxMetadataBytes must be positive.";
        }

        if (MaxEntries <= 0)
        {
            yield return "ArchiveLimits.MaxEntries must be positive.";
        }

        if (MaxUncompressedBytes <= 0)
        {
            yield return "ArchiveLimits.MaxUncompressedBytes must be positive.";
        }

        if (MaxCompressionRatio <= 0)
        {
            yield return "ArchiveLimits.MaxCompressionRatio must be positive.";
        }

        if (MaxEntryNameLength <= 0)
        {
            yield return "ArchiveLimits.MaxEntryNameLength must be positive.";
        }
    }
}
