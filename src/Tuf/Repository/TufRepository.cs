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
    private Dictionary<string, TargetFile?> staged = new(StringComparer.Ordinal);
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
        for (var i = 0; i < layout.Count; i++)
        {
            var bin = repository.bins[i];
            var metadata = stored.Bins[i];
            bin.Version = metadata.Version;
            bin.Expires = metadata.Expires;
            bin.SnapshotEntry = SnapshotEntry(bin.Name, bin.Version);
            foreach (var (path, file) in metadata.TargetFiles)
            {
                bin.Targets[path] = Encode(file);
            }
        }

        return repository;
    }

    /// <summary>Stages targets to add or replace; they are published by the next <see cref="PublishAsync"/>.</summary>
    /// <param name="targetFiles">The targets.</param>
    /// <exception cref="ArgumentException">A path is empty, starts with '/', or holds control characters.</exception>
    public void AddTargets(IEnumerable<TargetFile> targetFiles)
    {
        ArgumentNullException.ThrowIfNull(targetFiles);
        var list = targetFiles as IReadOnlyCollection<TargetFile> ?? [.. targetFiles];
        foreach (var target in list)
        {
            ValidatePath(target.Path);
        }

        lock (stageLock)
        {
            staged.EnsureCapacity(staged.Count + list.Count);
            foreach (var target in list)
            {
                staged[target.Path] = target;
            }
        }
    }

    /// <summary>Stages removals; removing a path that is not listed is harmless.</summary>
    /// <param name="paths">The target paths.</param>
    public void RemoveTargets(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        lock (stageLock)
        {
            foreach (var path in paths)
            {
                ArgumentNullException.ThrowIfNull(path);
                staged[path] = null;
            }
        }
    }

    /// <summary>Whether a target is listed (published or staged for addition, and not staged for removal).</summary>
    /// <param name="path">The target path.</param>
    /// <returns>True when listed.</returns>
    public bool ContainsTarget(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        lock (stageLock)
        {
            if (staged.TryGetValue(path, out var pending))
            {
                return pending is not null;
            }
        }

        var bin = bins[layout.BinOf(path)];
        lock (bin)
        {
            return bin.Targets.ContainsKey(path);
        }
    }

    /// <summary>Versions, expiries and what is staged.</summary>
    /// <returns>The status.</returns>
    public TufRepositoryStatus GetStatus()
    {
        int adds, removes;
        lock (stageLock)
        {
            adds = staged.Values.Count(v => v is not null);
            removes = staged.Count - adds;
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
        if (string.IsNullOrEmpty(path) || path[0] == '/' || path.Any(char.IsControl))
        {
            throw new ArgumentException($"Target path \"{path}\" must be non-empty, relative (no leading '/') and free of control characters.", nameof(path));
        }
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
    internal static byte[] Encode(TargetFile target)
    {
        var writer = encoder ??= new CanonicalJsonWriter(512);
        writer.Reset();
        target.WriteTo(writer);
        return writer.ToArray();
    }

    /// <summary>One hash bin's current state.</summary>
    internal sealed class Bin(string name)
    {
        public string Name { get; } = name;

        public Dictionary<string, byte[]> Targets { get; } = new(StringComparer.Ordinal);

        public long Version { get; set; }

        public DateTimeOffset Expires { get; set; }

        public bool Dirty { get; set; }

        public byte[] SnapshotEntry { get; set; } = [];
    }
}
