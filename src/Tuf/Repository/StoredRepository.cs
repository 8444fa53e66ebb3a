namespace Bonded.Tuf;

/// <summary>The repository that storage serves now: the latest root, timestamp, and what they reference.</summary>
internal sealed class StoredRepository
{
    private StoredRepository(Metadata<Root> root, Metadata<Timestamp> timestamp, Metadata<Snapshot> snapshot, Metadata<Targets> targets, Targets?[] bins, StoredBin?[] fastBins)
    {
        FastBins = fastBins;
        Root = root;
        Timestamp = timestamp;
        Snapshot = snapshot;
        Targets = targets;
        Bins = bins;
    }

    public Metadata<Root> Root { get; }

    public Metadata<Timestamp> Timestamp { get; }

    public Metadata<Snapshot> Snapshot { get; }

    public Metadata<Targets> Targets { get; }

    /// <summary>The bins read through the strict metadata parser (null where <see cref="FastBins"/> has the bin).</summary>
    public Targets?[] Bins { get; }

    /// <summary>The bins read as slices of their canonical bytes (without <c>verify</c>, when in the writer's own shape).</summary>
    public StoredBin?[] FastBins { get; }

    /// <summary>Loads the served repository; with <paramref name="verify"/>, checks every signature, version, length and hash like a client.</summary>
    public static async Task<StoredRepository> LoadAsync(ITufStorage storage, CancellationToken cancellationToken, bool verify = false)
    {
        var limits = new JsonReadLimits { MaxBytes = int.MaxValue };
        var rootBytes = await storage.ReadAsync("1.root.json", cancellationToken).ConfigureAwait(false)
            ?? throw new RepositoryException("No repository: 1.root.json is missing.");
        var root = Metadata<Root>.Parse(rootBytes, limits);
        if (verify)
        {
            root.Signed.VerifyDelegate("root", root);
        }

        while (await storage.ReadAsync($"{root.Signed.Version + 1}.root.json", cancellationToken).ConfigureAwait(false) is { } next)
        {
            var newer = Metadata<Root>.Parse(next, limits);
            if (verify)
            {
                root.Signed.VerifyDelegate("root", newer);
                newer.Signed.VerifyDelegate("root", newer);
                if (newer.Signed.Version != root.Signed.Version + 1)
                {
                    throw new BadVersionNumberException($"Expected root version {root.Signed.Version + 1}.");
                }
            }

            root = newer;
        }

        var timestamp = Metadata<Timestamp>.Parse(await Require(storage, "timestamp.json", cancellationToken).ConfigureAwait(false), limits);
        var snapshotMeta = timestamp.Signed.SnapshotMeta;
        var snapshotBytes = await Require(storage, $"{snapshotMeta.Version}.snapshot.json", cancellationToken).ConfigureAwait(false);
        var snapshot = Metadata<Snapshot>.Parse(snapshotBytes, limits);
        if (verify)
        {
            root.Signed.VerifyDelegate("timestamp", timestamp);
            snapshotMeta.VerifyLengthAndHashes(snapshotBytes);
            root.Signed.VerifyDelegate("snapshot", snapshot);
            if (snapshot.Signed.Version != snapshotMeta.Version)
            {
                throw new BadVersionNumberException("The snapshot version differs from the one timestamp lists.");
            }
        }

        if (!snapshot.Signed.Meta.TryGetValue("targets.json", out var targetsMeta))
        {
            throw new RepositoryException("snapshot does not list targets.json.");
        }

        var targets = Metadata<Targets>.Parse(await Require(storage, $"{targetsMeta.Version}.targets.json", cancellationToken).ConfigureAwait(false), limits);
        if (verify)
        {
            root.Signed.VerifyDelegate("targets", targets);
            CheckVersion(targets.Signed, targetsMeta, "targets");
        }

        var delegations = targets.Signed.Delegations ?? throw new RepositoryException("targets has no delegations to hash bins.");
        var layout = HashBins.FromDelegations(delegations);
        var bins = new Targets?[layout.Count];
        var fastBins = new StoredBin?[layout.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, layout.Count), new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, token) =>
            {
                var name = layout.Names[i];
                if (!snapshot.Signed.Meta.TryGetValue(name + ".json", out var meta))
                {
                    throw new RepositoryException($"snapshot does not list {name}.json.");
                }

                var bytes = await Require(storage, $"{meta.Version}.{name}.json", token).ConfigureAwait(false);
                if (!verify && StoredBin.TryRead(bytes, limits.MaxDepth, out var fast))
                {
                    fastBins[i] = fast;
                    return;
                }

                var bin = Metadata<Targets>.Parse(bytes, limits);
                if (verify)
                {
                    meta.VerifyLengthAndHashes(bytes);
                    targets.Signed.VerifyDelegate(name, bin);
                    CheckVersion(bin.Signed, meta, name);
                    foreach (var path in bin.Signed.TargetFiles.Keys)
                    {
                        if (layout.BinOf(path) != i)
                        {
                            throw new RepositoryException($"{name} lists {path}, which belongs to another bin.");
                        }
                    }
                }

                bins[i] = bin.Signed;
            }).ConfigureAwait(false);
        return new StoredRepository(root, timestamp, snapshot, targets, bins, fastBins);
    }

    private static void CheckVersion(Signed signed, MetaFile meta, string name)
    {
        if (signed.Version != meta.Version)
        {
            throw new BadVersionNumberException($"{name} has version {signed.Version}; snapshot lists {meta.Version}.");
        }
    }

    private static async Task<byte[]> Require(ITufStorage storage, string path, CancellationToken cancellationToken) =>
        await storage.ReadAsync(path, cancellationToken).ConfigureAwait(false) ?? throw new RepositoryException($"{path} is missing from storage.");
}
