namespace Bonded.Tuf;

/// <summary>How a PEP 458 repository is laid out and how long its metadata stays valid.</summary>
public sealed class TufRepositoryOptions
{
    /// <summary>How many hash bins the targets role delegates to: a power of two from 2 to 65,536 (PEP 458 proposes 16,384).</summary>
    public int BinCount { get; set; } = 16384;

    /// <summary>Delegate with TAP 15 succinct hash bins (one <c>succinct_roles</c> entry) rather than one role per bin.</summary>
    public bool SuccinctBins { get; set; } = true;

    /// <summary>The bin name prefix: bins are named <c>prefix-hex</c>.</summary>
    public string BinNamePrefix { get; set; } = "bins";

    /// <summary>Validity of root metadata (PEP 458: one year).</summary>
    public TimeSpan RootExpiry { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Validity of targets metadata (PEP 458: one year).</summary>
    public TimeSpan TargetsExpiry { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Validity of each bin (PEP 458: one day).</summary>
    public TimeSpan BinExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Validity of snapshot metadata (PEP 458: one day).</summary>
    public TimeSpan SnapshotExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Validity of timestamp metadata (PEP 458: one day).</summary>
    public TimeSpan TimestampExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A publish re-signs every role whose remaining validity is below this fraction of its period (0 to 1).</summary>
    public double RefreshFraction { get; set; } = 0.5;

    /// <summary>Lists every invalid option.</summary>
    /// <returns>The problems; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (BinCount < 2 || BinCount > 65536 || (BinCount & (BinCount - 1)) != 0)
        {
            errors.Add($"BinCount must be a power of two from 2 to 65536, not {BinCount}.");
        }

        if (string.IsNullOrEmpty(BinNamePrefix) || BinNamePrefix.Any(c => c is '/' or '\\' or '.' || char.IsControl(c)) || Root.TopLevelRoleNames.Contains(BinNamePrefix))
        {
            errors.Add("BinNamePrefix must be a non-empty name without '/', '\\', '.' or control characters, and not a top-level role name.");
        }

        foreach (var (name, value) in new[] { ("RootExpiry", RootExpiry), ("TargetsExpiry", TargetsExpiry), ("BinExpiry", BinExpiry), ("SnapshotExpiry", SnapshotExpiry), ("TimestampExpiry", TimestampExpiry) })
        {
            if (value < TimeSpan.FromMinutes(1))
            {
                errors.Add($"{name} must be at least one minute.");
            }
        }

        if (RefreshFraction is < 0 or > 1 || double.IsNaN(RefreshFraction))
        {
            errors.Add("RefreshFraction must be between 0 and 1.");
        }

        return errors;
    }
}
