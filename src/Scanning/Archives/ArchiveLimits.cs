namespace Bonded.Scanning;

/// <summary>Bounds on what reading one archive may cost; exceeding one is a finding, never a crash.</summary>
public sealed class ArchiveLimits
{
    /// <summary>The most bytes all entries together may decompress to (default 1 GiB).</summary>
    public long MaxTotalUncompressedBytes { get; set; } = 1L << 30;

    /// <summary>The most bytes one entry may decompress to (default 256 MiB).</summary>
    public long MaxEntryBytes { get; set; } = 256L << 20;

    /// <summary>The highest ratio of uncompressed to compressed bytes, for the archive and any entry above 1 MiB (default 250).</summary>
    public double MaxCompressionRatio { get; set; } = 250;

    /// <summary>The most entries, nested archives' entries included (default 100,000).</summary>
    public int MaxEntries { get; set; } = 100_000;

    /// <summary>How deep archives may nest inside each other (default 3: an archive in an archive in the upload).</summary>
    public int MaxNestingDepth { get; set; } = 3;

    /// <summary>The most bytes of one text file read into memory for analysis (default 8 MiB); the rest is counted, not kept.</summary>
    public int MaxTextFileBytes { get; set; } = 8 << 20;

    /// <summary>The most bytes of text kept in memory for one scan (default 128 MiB).</summary>
    public long MaxRetainedBytes { get; set; } = 128L << 20;

    /// <summary>The most bytes of an upload buffered in memory when its stream cannot seek (default 512 MiB).</summary>
    public long MaxArchiveBytes { get; set; } = 512L << 20;

    /// <summary>How long one scan may take (default 60 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    internal IEnumerable<string> Validate()
    {
        if (MaxTotalUncompressedBytes <= 0)
        {
            yield return "MaxTotalUncompressedBytes must be positive.";
        }

        if (MaxEntryBytes <= 0)
        {
            yield return "MaxEntryBytes must be positive.";
        }

        if (MaxCompressionRatio < 1)
        {
            yield return "MaxCompressionRatio must be at least 1.";
        }

        if (MaxEntries <= 0)
        {
            yield return "MaxEntries must be positive.";
        }

        if (MaxNestingDepth < 0)
        {
            yield return "MaxNestingDepth must not be negative.";
        }

        if (MaxTextFileBytes <= 0)
        {
            yield return "MaxTextFileBytes must be positive.";
        }

        if (MaxRetainedBytes <= 0)
        {
            yield return "MaxRetainedBytes must be positive.";
        }

        if (MaxArchiveBytes <= 0)
        {
            yield return "MaxArchiveBytes must be positive.";
        }

        if (Timeout <= TimeSpan.Zero)
        {
            yield return "Timeout must be positive.";
        }
    }
}
