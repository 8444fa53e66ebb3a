using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bonded.Tuf;

/// <summary>
/// A TUF client: refreshes trusted metadata from a repository following the specification's detailed client workflow,
/// finds targets through the delegation graph and downloads them verified by length and hashes.
/// </summary>
/// <remarks>
/// Every refresh starts from the local trusted root, fixes one reference time from the <see cref="TimeProvider"/>, steps
/// through newer roots one version at a time, then loads timestamp, snapshot and targets with rollback, freeze,
/// mix-and-match and endless-data protection. Verified metadata is kept in <see cref="TufUpdaterOptions.MetadataDirectory"/>
/// and reused after a restart; verified targets are kept in <see cref="TufUpdaterOptions.TargetDirectory"/> and reused while
/// they still match. Calls are serialized, so one instance may be shared.
/// </remarks>
public sealed partial class TufUpdater : IDisposable
{
    private readonly TufUpdaterOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly MetadataCache cache;
    private readonly BoundedDownloader downloader;
    private readonly IDisposable? ownedFetcher;
    private readonly Uri? metadataBaseUri;
    private readonly SemaphoreSlim gate = new(1, 1);
    private TrustedMetadataSet? trusted;

    /// <summary>Creates an updater.</summary>
    /// <param name="options">Where the repository and the local caches are, and the limits; copied, later changes have no effect.</param>
    /// <param name="fetcher">Fetches repository files; by default the file system for <c>file:</c> URIs and HTTP otherwise.</param>
    /// <param name="timeProvider">The clock for expiry and timeouts; the system clock by default.</param>
    /// <param name="logger">Logs each step at debug level; none by default.</param>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public TufUpdater(TufUpdaterOptions options, ITufFetcher? fetcher = null, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid TUF client options: " + string.Join(" ", errors), nameof(options));
        }

        this.options = Copy(options);
        time = timeProvider ?? TimeProvider.System;
        this.logger = logger ?? NullLogger.Instance;
        cache = new MetadataCache(this.options.MetadataDirectory!);
        metadataBaseUri = this.options.MetadataBaseUri is { } uri ? WithTrailingSlash(uri) : null;
        if (fetcher is null)
        {
            var schemes = new SchemeFetcher();
            ownedFetcher = schemes;
            fetcher = schemes;
        }

        downloader = new BoundedDownloader(fetcher, this.options, time);
    }

    /// <summary>Refreshes the top-level metadata: root (every newer version), timestamp, snapshot and targets.</summary>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    /// <returns>A task that completes when the metadata is trusted and stored locally.</returns>
    /// <exception cref="TufException">
    /// The refresh failed: <see cref="UnsignedMetadataException"/>, <see cref="ExpiredMetadataException"/>,
    /// <see cref="BadVersionNumberException"/>, <see cref="LengthOrHashMismatchException"/>, <see cref="InvalidMetadataException"/>
    /// or a <see cref="DownloadException"/>. What was verified before the failure stays trusted.
    /// </exception>
    /// <exception cref="IOException">The local metadata folder cannot be read or written.</exception>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RefreshCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Finds a target by searching the delegation graph (pre-order, depth first), refreshing first if needed.</summary>
    /// <param name="targetPath">The target path, as the repository lists it.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The target listing from the most trusted role that lists it, or null when no role does.</returns>
    /// <exception cref="TufException">Metadata needed for the search failed to download or verify.</exception>
    public async Task<TargetFile?> GetTargetInfoAsync(string targetPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targetPath);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (trusted?.TopLevelTargets is null)
            {
                await RefreshCoreAsync(cancellationToken).ConfigureAwait(false);
            }

            return await FindTargetAsync(trusted!, targetPath, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The local file of a target if it exists and matches the listing's length and hashes.</summary>
    /// <param name="target">The listing from <see cref="GetTargetInfoAsync"/>.</param>
    /// <param name="filePath">The file to check; by default the target's file in <see cref="TufUpdaterOptions.TargetDirectory"/>.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The path, or null when there is no matching file.</returns>
    /// <exception cref="InvalidOperationException">No file path and no target directory.</exception>
    public async Task<string?> FindCachedTargetAsync(TargetFile target, string? filePath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var path = filePath ?? GetTargetPath(target);
        return await TargetHashes.MatchesFileAsync(target, path, cancellationToken).ConfigureAwait(false) ? path : null;
    }

    /// <summary>Downloads a target and verifies its length and hashes, or returns the cached file when it still matches.</summary>
    /// <param name="target">The listing from <see cref="GetTargetInfoAsync"/>.</param>
    /// <param name="filePath">Where to store it; by default the target's file in <see cref="TufUpdaterOptions.TargetDirectory"/>.</param>
    /// <param name="targetBaseUri">The base URI of targets; by default <see cref="TufUpdaterOptions.TargetBaseUri"/>.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The path of the verified file; nothing is written at that path unless it verifies.</returns>
    /// <exception cref="LengthOrHashMismatchException">The downloaded bytes are not the target.</exception>
    /// <exception cref="DownloadException">The download failed, or the updater is offline and the target is not cached.</exception>
    /// <exception cref="InvalidOperationException">No file path and no target directory, or no target base URI.</exception>
    public async Task<string> DownloadTargetAsync(TargetFile target, string? filePath = null, Uri? targetBaseUri = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var path = filePath ?? GetTargetPath(target);
        if (await TargetHashes.MatchesFileAsync(target, path, cancellationToken).ConfigureAwait(false))
        {
            LogCachedTarget(logger, target.Path);
            return path;
        }

        if (options.Offline)
        {
            throw new DownloadException($"Offline, and target {target.Path} is not cached.");
        }

        var baseUri = targetBaseUri ?? options.TargetBaseUri
            ?? throw new InvalidOperationException("A target base URI is needed to download targets.");
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (trusted?.TopLevelTargets is null)
            {
                await RefreshCoreAsync(cancellationToken).ConfigureAwait(false);
            }

            var uri = new Uri(WithTrailingSlash(baseUri).AbsoluteUri + GetTargetUrlPath(target, trusted!.Root));
            using var hashes = new TargetHashes(target);
            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(directory);
            var temporary = MetadataCache.TemporarySibling(path);
            try
            {
                var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
                await using (file.ConfigureAwait(false))
                {
                    await downloader.DownloadAsync(uri, target.Length, async (chunk, token) =>
                    {
                        hashes.Append(chunk.Span);
                        await file.WriteAsync(chunk, token).ConfigureAwait(false);
                    }, cancellationToken).ConfigureAwait(false);
                    hashes.Verify();
                }

                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            LogDownloadedTarget(logger, target.Path, uri);
            return path;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Disposes the default fetcher's HTTP client.</summary>
    public void Dispose()
    {
        ownedFetcher?.Dispose();
        gate.Dispose();
    }

    private async Task RefreshCoreAsync(CancellationToken cancellationToken)
    {
        trusted = null;
        var rootData = await cache.TryReadAsync("root", cancellationToken).ConfigureAwait(false);
        if (rootData is null)
        {
            if (options.TrustedRoot.IsEmpty)
            {
                throw new InvalidMetadataException($"No trusted root: {Path.Combine(cache.Directory, "root.json")} does not exist and no bootstrap root is set.");
            }

            rootData = options.TrustedRoot.ToArray();
            var bootstrap = new TrustedMetadataSet(rootData, time.GetUtcNow());
            Directory.CreateDirectory(cache.Directory);
            await cache.WriteAsync("root", rootData, cancellationToken).ConfigureAwait(false);
            LogBootstrapped(logger, bootstrap.Root.Version);
        }

        var set = new TrustedMetadataSet(rootData, time.GetUtcNow());
        trusted = set;
        if (options.Offline)
        {
            await LoadOfflineAsync(set, cancellationToken).ConfigureAwait(false);
            return;
        }

        await LoadRootAsync(set, cancellationToken).ConfigureAwait(false);
        await LoadTimestampAsync(set, cancellationToken).ConfigureAwait(false);
        await LoadSnapshotAsync(set, cancellationToken).ConfigureAwait(false);
        await LoadTargetsAsync(set, "targets", "root", null, cancellationToken).ConfigureAwait(false);
    }

    private async Task LoadRootAsync(TrustedMetadataSet set, CancellationToken cancellationToken)
    {
        var first = set.Root.Version + 1;
        for (var version = first; version < first + options.MaxRootRotations; version++)
        {
            byte[] data;
            try
            {
                data = await DownloadMetadataAsync("root", version, options.RootMaxLength, cancellationToken).ConfigureAwait(false);
            }
            catch (DownloadHttpException e) when (e.IsNotFound)
            {
                break;
            }

            set.UpdateRoot(data);
            await cache.WriteAsync("root", data, cancellationToken).ConfigureAwait(false);
            LogUpdated(logger, "root", version);
        }
    }

    private async Task LoadTimestampAsync(TrustedMetadataSet set, CancellationToken cancellationToken)
    {
        if (await cache.TryReadAsync("timestamp", cancellationToken).ConfigureAwait(false) is { } local)
        {
            try
            {
                set.UpdateTimestamp(local);
            }
            catch (TufException e)
            {
                LogLocalInvalid(logger, "timestamp", e.Message);
            }
        }

        var data = await DownloadMetadataAsync("timestamp", null, options.TimestampMaxLength, cancellationToken).ConfigureAwait(false);
        if (set.UpdateTimestamp(data))
        {
            await cache.WriteAsync("timestamp", data, cancellationToken).ConfigureAwait(false);
            LogUpdated(logger, "timestamp", set.Timestamp!.Version);
        }
    }

    private async Task LoadSnapshotAsync(TrustedMetadataSet set, CancellationToken cancellationToken)
    {
        if (await cache.TryReadAsync("snapshot", cancellationToken).ConfigureAwait(false) is { } local)
        {
            try
            {
                set.UpdateSnapshot(local, trusted: true);
                return;
            }
            catch (TufException e)
            {
                LogLocalInvalid(logger, "snapshot", e.Message);
            }
        }

        var listed = set.Timestamp!.SnapshotMeta;
        var version = set.Root.ConsistentSnapshot == true ? listed.Version : (long?)null;
        var data = await DownloadMetadataAsync("snapshot", version, listed.Length ?? options.SnapshotMaxLength, cancellationToken).ConfigureAwait(false);
        set.UpdateSnapshot(data, trusted: false);
        await cache.WriteAsync("snapshot", data, cancellationToken).ConfigureAwait(false);
        LogUpdated(logger, "snapshot", set.Snapshot!.Version);
    }

    private async Task<Targets> LoadTargetsAsync(TrustedMetadataSet set, string role, string delegator, Targets? delegatorTargets, CancellationToken cancellationToken)
    {
        if (set.GetTargets(role, delegator) is { } loaded)
        {
            return loaded;
        }

        if (await cache.TryReadAsync(role, cancellationToken).ConfigureAwait(false) is { } local)
        {
            try
            {
                return set.UpdateTargets(local, role, delegator, delegatorTargets);
            }
            catch (TufException e) when (!options.Offline)
            {
                LogLocalInvalid(logger, role, e.Message);
            }
        }
        else if (options.Offline)
        {
            throw new DownloadException($"Offline, and no {role} metadata is cached.");
        }

        var listed = set.Snapshot!.Meta.GetValueOrDefault(role + ".json")
            ?? throw new InvalidMetadataException($"{role} is delegated but the snapshot does not list it.");
        var version = set.Root.ConsistentSnapshot == true ? listed.Version : (long?)null;
        var data = await DownloadMetadataAsync(role, version, listed.Length ?? options.TargetsMaxLength, cancellationToken).ConfigureAwait(false);
        var targets = set.UpdateTargets(data, role, delegator, delegatorTargets);
        await cache.WriteAsync(role, data, cancellationToken).ConfigureAwait(false);
        LogUpdated(logger, role, targets.Version);
        return targets;
    }

    private async Task LoadOfflineAsync(TrustedMetadataSet set, CancellationToken cancellationToken)
    {
        var timestamp = await cache.TryReadAsync("timestamp", cancellationToken).ConfigureAwait(false)
            ?? throw new DownloadException("Offline, and no timestamp metadata is cached.");
        set.UpdateTimestamp(timestamp);
        var snapshot = await cache.TryReadAsync("snapshot", cancellationToken).ConfigureAwait(false)
            ?? throw new DownloadException("Offline, and no snapshot metadata is cached.");
        set.UpdateSnapshot(snapshot, trusted: true);
        await LoadTargetsAsync(set, "targets", "root", null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TargetFile?> FindTargetAsync(TrustedMetadataSet set, string targetPath, CancellationToken cancellationToken)
    {
        var pending = new Stack<(string Role, string Delegator, Targets? DelegatorTargets)>();
        pending.Push(("targets", "root", null));
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var children = new List<(string, string, Targets?)>();
        while (pending.Count > 0 && visited.Count < options.MaxDelegations)
        {
            var (role, delegator, delegatorTargets) = pending.Pop();
            if (visited.Contains(role))
            {
                continue;
            }

            var targets = await LoadTargetsAsync(set, role, delegator, delegatorTargets, cancellationToken).ConfigureAwait(false);
            if (targets.TargetFiles.TryGetValue(targetPath, out var target))
            {
                return target;
            }

            visited.Add(role);
            if (targets.Delegations is null)
            {
                continue;
            }

            children.Clear();
            foreach (var (child, terminating) in targets.Delegations.GetRolesForTarget(targetPath))
            {
                children.Add((child, role, targets));
                if (terminating)
                {
                    pending.Clear();
                    break;
                }
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }

        if (pending.Count > 0)
        {
            LogDelegationLimit(logger, targetPath, options.MaxDelegations);
        }

        return null;
    }

    private Task<byte[]> DownloadMetadataAsync(string role, long? version, long maxLength, CancellationToken cancellationToken)
    {
        var name = MetadataCache.FileName(role);
        var relative = version is { } v ? $"{v.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{name}" : name;
        return downloader.DownloadBytesAsync(new Uri(metadataBaseUri!, relative), maxLength, cancellationToken);
    }

    private string GetTargetPath(TargetFile target)
    {
        var directory = options.TargetDirectory ?? throw new InvalidOperationException("A target directory or a file path is needed.");
        return Path.Combine(directory, Uri.EscapeDataString(target.Path));
    }

    private string GetTargetUrlPath(TargetFile target, Root root)
    {
        if (root.ConsistentSnapshot != true || !options.PrefixTargetsWithHash)
        {
            return target.Path;
        }

        var hash = target.Hashes.Values.First();
        var slash = target.Path.LastIndexOf('/');
        return slash < 0 ? $"{hash}.{target.Path}" : $"{target.Path[..(slash + 1)]}{hash}.{target.Path[(slash + 1)..]}";
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private static TufUpdaterOptions Copy(TufUpdaterOptions o) => new()
    {
        MetadataBaseUri = o.MetadataBaseUri,
        MetadataDirectory = o.MetadataDirectory,
        TargetBaseUri = o.TargetBaseUri,
        TargetDirectory = o.TargetDirectory,
        TrustedRoot = o.TrustedRoot.ToArray(),
        MaxRootRotations = o.MaxRootRotations,
        MaxDelegations = o.MaxDelegations,
        RootMaxLength = o.RootMaxLength,
        TimestampMaxLength = o.TimestampMaxLength,
        SnapshotMaxLength = o.SnapshotMaxLength,
        TargetsMaxLength = o.TargetsMaxLength,
        PrefixTargetsWithHash = o.PrefixTargetsWithHash,
        Offline = o.Offline,
        RequestTimeout = o.RequestTimeout,
        ReadTimeout = o.ReadTimeout,
        MinimumBytesPerSecond = o.MinimumBytesPerSecond,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Trusted {Role} is now version {Version}")]
    private static partial void LogUpdated(ILogger logger, string role, long version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Local {Role} is not valid as final: {Reason}")]
    private static partial void LogLocalInvalid(ILogger logger, string role, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bootstrapped the metadata folder with root version {Version}")]
    private static partial void LogBootstrapped(ILogger logger, long version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Target {Path} served from the cache")]
    private static partial void LogCachedTarget(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Target {Path} downloaded from {Uri} and verified")]
    private static partial void LogDownloadedTarget(ILogger logger, string path, Uri uri);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search for {Path} stopped after visiting {Limit} roles")]
    private static partial void LogDelegationLimit(ILogger logger, string path, int limit);

    /// <summary>The default fetcher: the file system for <c>file:</c> URIs, HTTP for the rest.</summary>
    private sealed class SchemeFetcher : ITufFetcher, IDisposable
    {
        private readonly FileSystemTufFetcher files = new();
        private HttpTufFetcher? http;

        public Task<Stream> OpenReadAsync(Uri uri, CancellationToken cancellationToken) =>
            uri.IsFile ? files.OpenReadAsync(uri, cancellationToken) : (http ??= new HttpTufFetcher()).OpenReadAsync(uri, cancellationToken);

        public void Dispose() => http?.Dispose();
    }
}
