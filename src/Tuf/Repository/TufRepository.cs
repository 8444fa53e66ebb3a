using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bonded.Tuf;

/// <summary>
/// A PEP 458 repository writer: top-level roles, a targets role delegating to hash bins (succinct or classic),
/// consistent snapshots, staged batches of target changes and crash-safe publishing with the online keys.
/// </summary>
/// <remarks>
/// Staging (<see cref="AddTargets"/>, <see cref="RemoveTargets"/>) is thread-safe; publishes and rotations run one at a time.
/// A publish writes new versioned files first and <c>timestamp.json</c> last, each atomically, so storage always holds
/// a consistent repository: the new one, or the previous one when the publish fails or the process dies.
/// </remarks>
public sealed partial class TufRepository
{
    private readonly ITufStorage storage;
    private readonly TufRepositoryOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock stageLock = new();
    private readonly HashBins layout;
    private readonly Bin[] bins;
    private readonly int[] metaOrder;
    private readonly Dictionary<TargetPath, ReadOnlyMemory<byte>>?[] stagedByBin;
    private readonly List<int> stagedBins = [];
    private TufSigners signers;
    private Metadata<Root> root;
    private byte[]? pendingRoot;
    private Targets targets;
    private bool targetsDirty;
    private long snapshotVersion;
    private DateTimeOffset snapshotExpires;
    private long timestampVersion;
    private DateTimeOffset timestampExpires;

    private TufRepository(ITufStorage storage, TufRepositoryOptions options, TufSigners signers, TimeProvider time, ILogger logger,
        HashBins layout, Metadata<Root> root, Targets targets)
    {
        this.storage = storage;
        this.options = options;
        this.signers = signers;
        this.time = time;
        this.logger = logger;
        this.layout = layout;
        this.root = root;
        this.targets = targets;
        bins = new Bin[layout.Count];
        stagedByBin = new Dictionary<TargetPath, ReadOnlyMemory<byte>>?[layout.Count];
        for (var i = 0; i < bins.Length; i++)
        {
            bins[i] = new Bin(layout.Names[i]);
        }

        // Snapshot lists targets.json and every bin in code point order of their file names; -1 is targets.json.
        var files = Enumerable.Range(-1, layout.Count + 1).ToArray();
        Array.Sort(files, (a, b) => CodePointComparer.Instance.Compare(MetaName(a), MetaName(b)));
        metaOrder = files;
    }

    /// <summary>The storage the repository writes to.</summary>
    public ITufStorage Storage => storage;

    /// <summary>The current root metadata.</summary>
    public Metadata<Root> Root => root;

    /// <summary>The bin layout: number of bins, naming and target-to-bin mapping.</summary>
    public SuccinctRoles Bins => layout.Succinct;

    /// <summary>Whether the targets role delegates with succinct roles.</summary>
    public bool SuccinctBins => targets.Delegations?.SuccinctRoles is not null;

    /// <summary>Creates a new repository: generates and publishes version 1 of every role.</summary>
    /// <param name="storage">Empty metadata storage.</param>
    /// <param name="options">Layout and expiry.</param>
    /// <param name="signers">Every key, offline ones included.</param>
    /// <param name="timeProvider">The clock; system time when null.</param>
    /// <param name="logger">A logger, or null.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The repository.</returns>
    /// <exception cref="ArgumentException">Invalid options, or the root or targets signer is missing.</exception>
    /// <exception cref="RepositoryException">The storage already holds a repository.</exception>
    public static async Task<TufRepository> CreateAsync(ITufStorage storage, TufRepositoryOptions options, TufSigners signers,
        TimeProvider? timeProvider = null, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(signers);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        if (signers.Root is null || signers.Targets is null)
        {
            throw new ArgumentException("Creating a repository needs the root and targets keys.", nameof(signers));
        }

        if (await storage.ReadAsync("1.root.json", cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new RepositoryException("The storage already holds a repository (1.root.json exists).");
        }

        var time = timeProvider ?? TimeProvider.System;
        var now = Now(time);
        var layout = new HashBins(options.BinCount, options.BinNamePrefix);
        var rootSigned = NewRoot(1, now + options.RootExpiry, signers);
        var rootMetadata = await new Metadata<Root>(rootSigned).SignAsync(signers.Root, cancellationToken: cancellationToken).ConfigureAwait(false);
        var delegations = NewDelegations(layout, options.SuccinctBins, signers.Bins.PublicKey);
        var repository = new TufRepository(storage, Copy(options), signers, time, logger ?? NullLogger.Instance, layout, rootMetadata,
            new Targets { Version = 0, Expires = now, Delegations = delegations })
        {
            pendingRoot = rootMetadata.ToBytes(),
            targetsDirty = true,
        };
        foreach (var bin in repository.bins)
        {
            bin.Dirty = true;
        }

        await repository.PublishAsync(cancellationToken).ConfigureAwait(false);
        return repository;
    }

    /// <summary>Opens an existing repository from storage.</summary>
    /// <param name="storage">The metadata storage.</param>
    /// <param name="options">Expiry periods (the layout is read from storage).</param>
    /// <param name="signers">At least the online keys; they must be the keys root and targets trust.</param>
    /// <param name="timeProvider">The clock; system time when null.</param>
    /// <param name="logger">A logger, or null.</param>
    /// <param name="cancellationToken">Cancels the loading.</param>
    /// <returns>The repository.</returns>
    /// <exception cref="RepositoryException">No repository, an inconsistent one, or keys it does not trust.</exception>
    /// <exception cref="InvalidMetadataException">Stored metadata is malformed.</exception>
    public static async Task<TufRepository> OpenAsync(ITufStorage storage, TufRepositoryOptions options, TufSigners signers,
        TimeProvider? timeProvider = null, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(signers);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        var stored = await StoredRepository.LoadAsync(storage, cancellationToken).ConfigureAwait(false);
        var layout = HashBins.FromDelegations(stored.Targets.Signed.Delegations!);
        var repository = new TufRepository(storage, Copy(options), signers, timeProvider ?? TimeProvider.System, logger ?? NullLogger.Instance,
            layout, stored.Root, stored.Targets.Signed)
        {
            snapshotVersion = stored.Snapshot.Signed.Version,
            snapshotExpires = stored.Snapshot.Signed.Expires,
            timestampVersion = stored.Timestamp.Signed.Version,
            timestampExpires = stored.Timestamp.Signed.Expires,
        };
        repository.CheckSigners(signers);
        // Each bin is filled by one worker (values into that worker's slab): a repository of millions of targets opens
        // on every core.
        Parallel.For(0, layout.Count, new ParallelOptions { CancellationToken = cancellationToken }, () => new ValueSlab(1 << 20), (i, _, slab) =>
        {
            var bin = repository.bins[i];
            if (stored.FastBins[i] is { } fast)
            {
                // Already canonical: the paths and values are slices of the stored bytes.
                bin.Version = fast.Version;
                bin.Expires = fast.Expires;
                bin.SnapshotEntry = SnapshotEntry(bin.Name, bin.Version);
                bin.Targets.EnsureCapacity(fast.Targets.Count);
                foreach (var (path, value) in fast.Targets)
                {
                    bin.Targets[TargetPath.FromUtf8(path)] = value;
                }

                return slab;
            }

            var metadata = stored.Bins[i]!;
            bin.Version = metadata.Version;
            bin.Expires = metadata.Expires;
            bin.SnapshotEntry = SnapshotEntry(bin.Name, bin.Version);
            bin.Targets.EnsureCapacity(metadata.TargetFiles.Count);
            foreach (var (path, file) in metadata.TargetFiles)
            {
                bin.Targets[TargetPath.FromString(path, slab)] = slab.Add(EncodeInPlace(file));
            }

            return slab;
        }, static _ => { });

        return repository;
    }

    /// <summary>Stages targets to add or replace; they are published by the next <see cref="PublishAsync"/>.</summary>
    /// <param name="targetFiles">The targets; of a path listed twice, the later listing wins.</param>
    /// <exception cref="ArgumentException">A path is empty, starts with '/', holds control characters or an unpaired surrogate.</exception>
    public void AddTargets(IEnumerable<TargetFile> targetFiles)
    {
        ArgumentNullException.ThrowIfNull(targetFiles);
        var list = targetFiles as IReadOnlyList<TargetFile> ?? [.. targetFiles];
        foreach (var target in list)
        {
            ArgumentNullException.ThrowIfNull(target, nameof(targetFiles));
            ValidatePath(target.Path);
        }

        // Encoding and hashing each path to its bin run in parallel for a large batch (a migration of millions).
        var entries = new StagedTarget[list.Count];
        if (list.Count < ParallelThreshold)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                var path = TargetPath.FromString(list[i].Path);
                entries[i] = new StagedTarget(path, Encode(list[i]), layout.BinOf(path), i);
            }
        }
        else
        {
            // Values go into per-worker slabs, as a manifest's do.
            Parallel.For(0, entries.Length, () => new ValueSlab(1 << 20), (i, _, slab) =>
            {
                var path = TargetPath.FromString(list[i].Path, slab);
                entries[i] = new StagedTarget(path, slab.Add(EncodeInPlace(list[i])), layout.BinOf(path), i);
                return slab;
            }, static _ => { });
        }

        Stage([new ArraySegment<StagedTarget>(entries)], entries.Length, duplicatesAllowed: true);
    }

    /// <summary>
    /// Stages every target of a JSON Lines manifest (see <see cref="TargetManifest"/>), read in blocks and parsed in
    /// parallel straight into the repository's encoding; they are published by the next <see cref="PublishAsync"/>.
    /// </summary>
    /// <param name="manifest">The manifest stream; read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the reading; nothing is staged then.</param>
    /// <returns>The number of targets staged.</returns>
    /// <exception cref="InvalidMetadataException">
    /// A line is not a valid target (as <see cref="TargetManifest.Read"/> documents; its path must also be non-empty,
    /// relative and free of control characters), or two lines list the same path. The message names the line; nothing
    /// is staged.
    /// </exception>
    public async Task<int> AddTargetsFromManifestAsync(Stream manifest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var free = new System.Collections.Concurrent.ConcurrentQueue<byte[]>();
        var parsed = new List<(int Index, StagedTarget[] Entries, int Count)>();
        InvalidMetadataException? firstError = null;
        long firstErrorLine = long.MaxValue;
        try
        {
            try
            {
                await Parallel.ForEachAsync(ManifestParser.ReadBlocksAsync(manifest, free, cancellationToken),
                    new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                    (block, _) =>
                    {
                        var entries = System.Buffers.ArrayPool<StagedTarget>.Shared.Rent(block.LineCount);
                        var slab = new ValueSlab(block.Length);
                        var count = ManifestParser.ParseBlock(block, entries, (line, number) => ManifestParser.ParseStaged(line, layout, number, slab), out var error);
                        free.Enqueue(block.Buffer);
                        lock (parsed)
                        {
                            parsed.Add((block.Index, entries, count));
                            if (error is not null && block.FirstLine < firstErrorLine)
                            {
                                firstError = error;
                                firstErrorLine = block.FirstLine;
                            }
                        }

                        return ValueTask.CompletedTask;
                    }).ConfigureAwait(false);
            }
            catch (InvalidMetadataException) when (firstError is not null)
            {
                // The reader stopped at an over-long line; a parse error before it comes first.
            }

            if (firstError is not null)
            {
                throw firstError;
            }

            parsed.Sort((a, b) => a.Index.CompareTo(b.Index));
            var total = 0;
            var segments = new ArraySegment<StagedTarget>[parsed.Count];
            for (var i = 0; i < parsed.Count; i++)
            {
                segments[i] = new ArraySegment<StagedTarget>(parsed[i].Entries, 0, parsed[i].Count);
                total += parsed[i].Count;
            }

            Stage(segments, total, duplicatesAllowed: false);
            return total;
        }
        finally
        {
            foreach (var (_, entries, _) in parsed)
            {
                System.Buffers.ArrayPool<StagedTarget>.Shared.Return(entries, clearArray: true);
            }
        }
    }

    /// <summary>Stages removals; removing a path that is not listed (or cannot be: not valid Unicode) is harmless.</summary>
    /// <param name="paths">The target paths.</param>
    public void RemoveTargets(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var entries = new List<StagedTarget>();
        foreach (var text in paths)
        {
            ArgumentNullException.ThrowIfNull(text, nameof(paths));
            if (TryPath(text) is { } path)
            {
                entries.Add(new StagedTarget(path, ReadOnlyMemory<byte>.Empty, layout.BinOf(path), entries.Count));
            }
        }

        Stage([new ArraySegment<StagedTarget>([.. entries])], entries.Count, duplicatesAllowed: true);
    }

    /// <summary>Whether a target is listed (published or staged for addition, and not staged for removal).</summary>
    /// <param name="path">The target path.</param>
    /// <returns>True when listed.</returns>
    public bool ContainsTarget(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (TryPath(path) is not { } key)
        {
            return false;
        }

        var index = layout.BinOf(key);
        lock (stageLock)
        {
            if (stagedByBin[index] is { } pendingInBin && pendingInBin.TryGetValue(key, out var pending))
            {
                return !pending.IsEmpty;
            }
        }

        var bin = bins[index];
        lock (bin)
        {
            return bin.Targets.ContainsKey(key);
        }
    }

    /// <summary>The key of a path; null for a string without a UTF-8 form (an unpaired surrogate), which no target has.</summary>
    private static TargetPath? TryPath(string path)
    {
        try
        {
            return TargetPath.FromString(path);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A batch at least this large is prepared and staged in parallel.</summary>
    private const int ParallelThreshold = 4096;

    /// <summary>
    /// Stages changes grouped per bin, all or nothing. Segments are in input order; within a bin the later change of a
    /// path wins, or, when <paramref name="duplicatesAllowed"/> is false, a path listed twice is an error.
    /// </summary>
    private void Stage(ArraySegment<StagedTarget>[] segments, int total, bool duplicatesAllowed)
    {
        if (total == 0)
        {
            return;
        }

        if (total < ParallelThreshold)
        {
            if (!duplicatesAllowed)
            {
                var seen = new Dictionary<TargetPath, long>(total);
                foreach (var segment in segments)
                {
                    foreach (var entry in segment)
                    {
                        if (!seen.TryAdd(entry.Path, entry.Line))
                        {
                            throw Duplicate(entry.Path.ToString(), seen[entry.Path], entry.Line);
                        }
                    }
                }
            }

            lock (stageLock)
            {
                foreach (var segment in segments)
                {
                    foreach (var entry in segment)
                    {
                        StagedIn(entry.Bin, 1)[entry.Path] = entry.Value;
                    }
                }
            }

            return;
        }

        // Group by bin (a stable counting sort), then fill one new dictionary per bin in parallel, sized exactly.
        var starts = new int[bins.Length + 1];
        foreach (var segment in segments)
        {
            foreach (var entry in segment)
            {
                starts[entry.Bin + 1]++;
            }
        }

        for (var b = 0; b < bins.Length; b++)
        {
            starts[b + 1] += starts[b];
        }

        var sorted = System.Buffers.ArrayPool<StagedTarget>.Shared.Rent(total);
        try
        {
            var next = (int[])starts.Clone();
            foreach (var segment in segments)
            {
                foreach (var entry in segment)
                {
                    sorted[next[entry.Bin]++] = entry;
                }
            }

            var fresh = new Dictionary<TargetPath, ReadOnlyMemory<byte>>?[bins.Length];
            Exception? duplicate = null;
            Parallel.For(0, bins.Length, b =>
            {
                var (from, to) = (starts[b], starts[b + 1]);
                if (from == to)
                {
                    return;
                }

                var changes = new Dictionary<TargetPath, ReadOnlyMemory<byte>>(to - from);
                for (var k = from; k < to; k++)
                {
                    ref readonly var entry = ref sorted[k];
                    if (duplicatesAllowed)
                    {
                        changes[entry.Path] = entry.Value;
                    }
                    else if (!changes.TryAdd(entry.Path, entry.Value))
                    {
                        var path = entry.Path;
                        var earlier = sorted.AsSpan(from, k - from).ToArray().First(e => e.Path.Equals(path));
                        Interlocked.CompareExchange(ref duplicate, Duplicate(path.ToString(), earlier.Line, entry.Line), null);
                        return;
                    }
                }

                fresh[b] = changes;
            });
            if (duplicate is not null)
            {
                throw duplicate;
            }

            lock (stageLock)
            {
                for (var b = 0; b < bins.Length; b++)
                {
                    if (fresh[b] is not { } changes)
                    {
                        continue;
                    }

                    if (stagedByBin[b] is null)
                    {
                        stagedByBin[b] = changes;
                        stagedBins.Add(b);
                    }
                    else
                    {
                        var staged = stagedByBin[b]!;
                        foreach (var (path, value) in changes)
                        {
                            staged[path] = value;
                        }
                    }
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<StagedTarget>.Shared.Return(sorted, clearArray: true);
        }
    }

    /// <summary>The staged changes of a bin, created when needed (under <see cref="stageLock"/>).</summary>
    private Dictionary<TargetPath, ReadOnlyMemory<byte>> StagedIn(int bin, int capacity)
    {
        if (stagedByBin[bin] is { } existing)
        {
            return existing;
        }

        stagedBins.Add(bin);
        return stagedByBin[bin] = new Dictionary<TargetPath, ReadOnlyMemory<byte>>(capacity);
    }

    private static InvalidMetadataException Duplicate(string path, long first, long second) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Manifest line {second}: the path \"{path}\" is already listed on line {first}."));

    /// <summary>Versions, expiries and what is staged.</summary>
    /// <returns>The status.</returns>
    public TufRepositoryStatus GetStatus()
    {
        int adds = 0, removes = 0;
        lock (stageLock)
        {
            foreach (var b in stagedBins)
            {
                foreach (var value in stagedByBin[b]!.Values)
                {
                    _ = value.IsEmpty ? removes++ : adds++;
                }
            }
        }

        return new TufRepositoryStatus
        {
            RootVersion = root.Signed.Version,
            RootExpires = root.Signed.Expires,
            TargetsVersion = targets.Version,
            TargetsExpires = targets.Expires,
            SnapshotVersion = snapshotVersion,
            SnapshotExpires = snapshotExpires,
            TimestampVersion = timestampVersion,
            TimestampExpires = timestampExpires,
            BinCount = bins.Length,
            SuccinctBins = SuccinctBins,
            EarliestBinExpiry = bins.Min(b => b.Expires),
            TargetCount = bins.Sum(b => (long)b.Targets.Count),
            StagedAdditions = adds,
            StagedRemovals = removes,
        };
    }

    private static void ValidatePath(string path)
    {
        // Control characters (Unicode category Cc) are U+0000-U+001F and U+007F-U+009F.
        if (string.IsNullOrEmpty(path) || path[0] == '/' || path.AsSpan().ContainsAnyInRange('\0', '\u001f')
            || path.AsSpan().ContainsAnyInRange('\u007f', '\u009f') || HasUnpairedSurrogate(path))
        {
            throw new ArgumentException($"Target path \"{path}\" must be non-empty, relative (no leading '/'), free of control characters and valid Unicode.", nameof(path));
        }
    }

    private static bool HasUnpairedSurrogate(string path)
    {
        for (var i = path.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < path.Length; i++)
        {
            if (char.IsHighSurrogate(path[i]) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(path[i]))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckSigners(TufSigners candidate)
    {
        foreach (var role in new[] { "root", "targets", "snapshot", "timestamp" })
        {
            if (candidate.For(role) is { } signer && !root.Signed.Roles[role].KeyIds.Contains(signer.PublicKey.KeyId))
            {
                throw new RepositoryException($"The {role} key {signer.PublicKey.KeyId} is not trusted by root version {root.Signed.Version}.");
            }
        }

        var binRole = targets.Delegations!.SuccinctRoles as Role ?? targets.Delegations.Roles![0];
        if (!binRole.KeyIds.Contains(candidate.Bins.PublicKey.KeyId))
        {
            throw new RepositoryException($"The bins key {candidate.Bins.PublicKey.KeyId} is not trusted by targets version {targets.Version}.");
        }
    }

    private string MetaName(int index) => index < 0 ? "targets.json" : layout.Names[index] + ".json";

    private static TufRepositoryOptions Copy(TufRepositoryOptions o) => new()
    {
        BinCount = o.BinCount,
        SuccinctBins = o.SuccinctBins,
        BinNamePrefix = o.BinNamePrefix,
        RootExpiry = o.RootExpiry,
        TargetsExpiry = o.TargetsExpiry,
        BinExpiry = o.BinExpiry,
        SnapshotExpiry = o.SnapshotExpiry,
        TimestampExpiry = o.TimestampExpiry,
        RefreshFraction = o.RefreshFraction,
    };

    private static DateTimeOffset Now(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static Root NewRoot(long version, DateTimeOffset expires, TufSigners signers, Root? previous = null)
    {
        var keys = new Dictionary<string, Key>(StringComparer.Ordinal);
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var role in Tuf.Root.TopLevelRoleNames)
        {
            var key = signers.For(role)?.PublicKey
                ?? (previous is not null ? previous.Keys[previous.Roles[role].KeyIds[0]] : throw new ArgumentException($"No {role} key."));
            keys[key.KeyId] = key;
            roles[role] = new Role([key.KeyId], 1);
        }

        return new Root { Version = version, Expires = expires, ConsistentSnapshot = true, Keys = keys, Roles = roles };
    }

    private static Delegations NewDelegations(HashBins layout, bool succinct, Key binKey)
    {
        var keys = new Dictionary<string, Key>(StringComparer.Ordinal) { [binKey.KeyId] = binKey };
        if (succinct)
        {
            return new Delegations(keys, new SuccinctRoles([binKey.KeyId], 1, layout.BitLength, layout.Succinct.NamePrefix));
        }

        var roles = new List<DelegatedRole>(layout.Count);
        for (var i = 0; i < layout.Count; i++)
        {
            roles.Add(new DelegatedRole(layout.Names[i], [binKey.KeyId], 1, terminating: true, pathHashPrefixes: layout.PrefixesOf(i)));
        }

        return new Delegations(keys, roles);
    }

    private static byte[] SnapshotEntry(string binName, long version) =>
        Encoding.UTF8.GetBytes("\"" + binName + ".json\":{\"version\":" + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}");

    [ThreadStatic]
    private static CanonicalJsonWriter? encoder;

    /// <summary>The canonical bytes of a target's value (<c>{"hashes":...,"length":...}</c>).</summary>
    internal static byte[] Encode(TargetFile target) => EncodeInPlace(target).ToArray();

    /// <summary>The same in this thread's buffer, valid until its next call.</summary>
    private static ReadOnlySpan<byte> EncodeInPlace(TargetFile target)
    {
        var writer = encoder ??= new CanonicalJsonWriter(512);
        writer.Reset();
        target.WriteTo(writer);
        return writer.WrittenSpan;
    }

    /// <summary>One hash bin's current state.</summary>
    internal sealed class Bin(string name)
    {
        public string Name { get; } = name;

        /// <summary>Path to canonical value; values of a manifest share large arrays (see <see cref="ValueSlab"/>).</summary>
        public Dictionary<TargetPath, ReadOnlyMemory<byte>> Targets { get; set; } = [];

        public long Version { get; set; }

        public DateTimeOffset Expires { get; set; }

        public bool Dirty { get; set; }

        public byte[] SnapshotEntry { get; set; } = [];
    }
}

