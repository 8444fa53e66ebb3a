namespace Bonded.Tuf;

/// <summary>
/// The metadata a client trusts during one refresh, updated only through the checks of the TUF client workflow
/// (specification section 5): every update verifies signatures against the delegating role, versions against
/// rollback, lengths and hashes against the snapshot or timestamp listing, and expiry against one reference time.
/// </summary>
/// <remarks>
/// An intermediate timestamp or snapshot that is expired (or, for snapshot, not the version the timestamp lists) is
/// still loaded so that it protects the next update against rollback, but it throws and blocks the next step.
/// Delegated targets are trusted per delegating role: a role reached through another delegator is verified again.
/// </remarks>
internal sealed class TrustedMetadataSet
{
    private readonly Dictionary<(string Role, string Delegator), Targets> delegated = [];

    /// <summary>Loads the trusted root, verified by itself only (an expired root is fine until the final check).</summary>
    public TrustedMetadataSet(ReadOnlySpan<byte> rootData, DateTimeOffset referenceTime)
    {
        ReferenceTime = referenceTime;
        var root = Metadata<Root>.Parse(rootData);
        root.Signed.VerifyDelegate("root", root);
        Root = root.Signed;
    }

    /// <summary>The one time every expiry in this refresh is compared with.</summary>
    public DateTimeOffset ReferenceTime { get; }

    public Root Root { get; private set; }

    public Timestamp? Timestamp { get; private set; }

    public Snapshot? Snapshot { get; private set; }

    public Targets? TopLevelTargets => delegated.GetValueOrDefault(("targets", "root"));

    /// <summary>The trusted targets metadata for <paramref name="role"/> as delegated by <paramref name="delegator"/>, if loaded.</summary>
    public Targets? GetTargets(string role, string delegator) => delegated.GetValueOrDefault((role, delegator));

    /// <summary>Client workflow 5.3: accepts root version N+1, signed by the threshold of the trusted root and of itself.</summary>
    public Root UpdateRoot(ReadOnlySpan<byte> data)
    {
        if (Timestamp is not null)
        {
            throw new InvalidOperationException("The root cannot change after the timestamp is loaded.");
        }

        var metadata = Metadata<Root>.Parse(data);
        Root.VerifyDelegate("root", metadata);
        if (metadata.Signed.Version != Root.Version + 1)
        {
            throw new BadVersionNumberException($"Expected root version {Root.Version + 1}, got {metadata.Signed.Version}.");
        }

        metadata.Signed.VerifyDelegate("root", metadata);
        Root = metadata.Signed;
        return Root;
    }

    /// <summary>Client workflow 5.4: accepts a timestamp; false when it has the trusted version (keep the trusted one).</summary>
    public bool UpdateTimestamp(ReadOnlySpan<byte> data)
    {
        if (Snapshot is not null)
        {
            throw new InvalidOperationException("The timestamp cannot change after the snapshot is loaded.");
        }

        // 5.3.10: the final root must not have expired.
        if (Root.IsExpired(ReferenceTime))
        {
            throw new ExpiredMetadataException($"The root (version {Root.Version}) expired at {Root.Expires:u}.");
        }

        var metadata = Metadata<Timestamp>.Parse(data);
        Root.VerifyDelegate("timestamp", metadata);
        var timestamp = metadata.Signed;
        if (Timestamp is { } trusted)
        {
            if (timestamp.Version < trusted.Version)
            {
                throw new BadVersionNumberException($"Timestamp version {timestamp.Version} is older than the trusted version {trusted.Version}.");
            }

            if (timestamp.Version == trusted.Version)
            {
                return false;
            }

            if (timestamp.SnapshotMeta.Version < trusted.SnapshotMeta.Version)
            {
                throw new BadVersionNumberException(
                    $"The timestamp lists snapshot version {timestamp.SnapshotMeta.Version}, older than the trusted {trusted.SnapshotMeta.Version}.");
            }
        }

        // An expired timestamp is kept for rollback protection but blocks the snapshot.
        Timestamp = timestamp;
        CheckFinalTimestamp();
        return true;
    }

    /// <summary>Client workflow 5.5: accepts a snapshot; <paramref name="trusted"/> skips the hash check for a cached copy verified before.</summary>
    public Snapshot UpdateSnapshot(ReadOnlySpan<byte> data, bool trusted)
    {
        if (Timestamp is null)
        {
            throw new InvalidOperationException("The snapshot cannot load before the timestamp.");
        }

        if (TopLevelTargets is not null)
        {
            throw new InvalidOperationException("The snapshot cannot change after targets are loaded.");
        }

        CheckFinalTimestamp();
        if (!trusted)
        {
            Timestamp.SnapshotMeta.VerifyLengthAndHashes(data);
        }

        var metadata = Metadata<Snapshot>.Parse(data);
        Root.VerifyDelegate("snapshot", metadata);
        var snapshot = metadata.Signed;
        if (Snapshot is { } old)
        {
            foreach (var (name, file) in old.Meta)
            {
                if (!snapshot.Meta.TryGetValue(name, out var listed))
                {
                    throw new BadVersionNumberException($"The new snapshot no longer lists {name}.");
                }

                if (listed.Version < file.Version)
                {
                    throw new BadVersionNumberException($"The new snapshot lists {name} version {listed.Version}, older than the trusted {file.Version}.");
                }
            }
        }

        Snapshot = snapshot;
        CheckFinalSnapshot();
        return snapshot;
    }

    /// <summary>Client workflow 5.6 and 5.7: accepts targets metadata for <paramref name="role"/>, signed by the keys its delegator trusts for it.</summary>
    /// <param name="data">The metadata bytes.</param>
    /// <param name="role">The role name.</param>
    /// <param name="delegator">The delegating role's name ("root" for the top-level targets).</param>
    /// <param name="delegatorTargets">The delegating role's trusted metadata on the current search path; null for root.</param>
    public Targets UpdateTargets(ReadOnlySpan<byte> data, string role, string delegator, Targets? delegatorTargets)
    {
        if (Snapshot is null)
        {
            throw new InvalidOperationException("Targets cannot load before the snapshot.");
        }

        CheckFinalSnapshot();
        var listed = Snapshot.Meta.GetValueOrDefault(role + ".json")
            ?? throw new InvalidMetadataException($"The snapshot does not list {role}.");
        listed.VerifyLengthAndHashes(data);
        var metadata = Metadata<Targets>.Parse(data);
        if (delegatorTargets is null)
        {
            Root.VerifyDelegate(role, metadata);
        }
        else
        {
            delegatorTargets.VerifyDelegate(role, metadata);
        }

        var targets = metadata.Signed;
        if (targets.Version != listed.Version)
        {
            throw new BadVersionNumberException($"Expected {role} version {listed.Version} as the snapshot lists, got {targets.Version}.");
        }

        if (targets.IsExpired(ReferenceTime))
        {
            throw new ExpiredMetadataException($"{role} (version {targets.Version}) expired at {targets.Expires:u}.");
        }

        delegated[(role, delegator)] = targets;
        return targets;
    }

    private void CheckFinalTimestamp()
    {
        if (Timestamp!.IsExpired(ReferenceTime))
        {
            throw new ExpiredMetadataException($"The timestamp (version {Timestamp.Version}) expired at {Timestamp.Expires:u}.");
        }
    }

    private void CheckFinalSnapshot()
    {
        if (Snapshot!.IsExpired(ReferenceTime))
        {
            throw new ExpiredMetadataException($"The snapshot (version {Snapshot.Version}) expired at {Snapshot.Expires:u}.");
        }

        if (Snapshot.Version != Timestamp!.SnapshotMeta.Version)
        {
            throw new BadVersionNumberException($"Expected snapshot version {Timestamp.SnapshotMeta.Version} as the timestamp lists, got {Snapshot.Version}.");
        }
    }
}
