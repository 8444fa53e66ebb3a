namespace Bonded.Tuf;

/// <summary>A repository's versions, expiries, size and staged changes.</summary>
public sealed class TufRepositoryStatus
{
    /// <summary>The root version.</summary>
    public long RootVersion { get; init; }

    /// <summary>When root expires.</summary>
    public DateTimeOffset RootExpires { get; init; }

    /// <summary>The targets version.</summary>
    public long TargetsVersion { get; init; }

    /// <summary>When targets expires.</summary>
    public DateTimeOffset TargetsExpires { get; init; }

    /// <summary>The snapshot version.</summary>
    public long SnapshotVersion { get; init; }

    /// <summary>When snapshot expires.</summary>
    public DateTimeOffset SnapshotExpires { get; init; }

    /// <summary>The timestamp version.</summary>
    public long TimestampVersion { get; init; }

    /// <summary>When timestamp expires.</summary>
    public DateTimeOffset TimestampExpires { get; init; }

    /// <summary>How many hash bins there are.</summary>
    public int BinCount { get; init; }

    /// <summary>Whether the bins are succinct (TAP 15).</summary>
    public bool SuccinctBins { get; init; }

    /// <summary>When the first bin expires.</summary>
    public DateTimeOffset EarliestBinExpiry { get; init; }

    /// <summary>How many targets are published.</summary>
    public long TargetCount { get; init; }

    /// <summary>Targets staged for addition.</summary>
    public int StagedAdditions { get; init; }

    /// <summary>Targets staged for removal.</summary>
    public int StagedRemovals { get; init; }
}

/// <summary>What one publish signed and wrote.</summary>
public sealed class TufPublishResult
{
    /// <summary>The new timestamp version.</summary>
    public long TimestampVersion { get; init; }

    /// <summary>The new snapshot version.</summary>
    public long SnapshotVersion { get; init; }

    /// <summary>How many bins were signed (changed or about to expire).</summary>
    public int BinsSigned { get; init; }

    /// <summary>Whether the targets role was signed.</summary>
    public bool TargetsSigned { get; init; }

    /// <summary>Whether a new root version was written.</summary>
    public bool RootWritten { get; init; }

    /// <summary>Problems that need an operator, e.g. targets or root about to expire while their keys are offline.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
