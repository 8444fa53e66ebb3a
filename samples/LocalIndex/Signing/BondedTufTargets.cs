using Bonded.Tuf;

namespace LocalIndex.Signing;

/// <summary>
/// The host's PEP 458 repository: Bonded.Tuf's <see cref="TufRepository"/> in <c>DATA/tuf</c>, created on first start
/// with a development key set. Every publish signs the changed bins, snapshot and timestamp with the online keys.
/// </summary>
internal sealed class BondedTufTargets(IServiceProvider services, string tufDirectory, ILogger<BondedTufTargets> logger) : ITufTargets
{
    private readonly Dictionary<string, TufTarget> listed = new(StringComparer.Ordinal);
    private TufRepository? repository;

    /// <summary>What the host last had signed, one target per line (path, length, sha256, sha512), to stage only what differs.</summary>
    private string ListedFile => Path.Combine(tufDirectory, "listed-targets.tsv");

    public string? MetadataDirectory => Path.Combine(tufDirectory, "metadata");

    public static string KeyDirectory(string tufDirectory) => Path.Combine(tufDirectory, "keys");

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        var firstStart = !File.Exists(Path.Combine(MetadataDirectory!, "1.root.json"));
        repository = services.GetRequiredService<TufRepository>();
        if (firstStart)
        {
            logger.LogWarning(
                "Created a DEVELOPMENT TUF key set in {Keys}. All keys, including root and targets, are on this machine: fine for a local index, "
                + "but in production the root and targets keys belong offline (hardware keys, a key ceremony) and only the snapshot, timestamp and bins keys stay online.",
                KeyDirectory(tufDirectory));
        }

        if (File.Exists(ListedFile))
        {
            foreach (var line in File.ReadLines(ListedFile))
            {
                var parts = line.Split('\t');
                if (parts.Length == 4 && long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var length))
                {
                    listed[parts[0]] = new TufTarget(parts[0], length, parts[2], parts[3].Length == 0 ? null : parts[3]);
                }
            }
        }

        var status = repository.GetStatus();
        logger.LogInformation("TUF repository: root v{Root}, snapshot v{Snapshot}, {Bins} bins, {Targets} targets; trust anchor /tuf/1.root.json", status.RootVersion, status.SnapshotVersion, status.BinCount, status.TargetCount);
        return Task.CompletedTask;
    }

    public async Task PublishAsync(IReadOnlyList<TufTarget> upserts, IReadOnlyList<string> removals, CancellationToken cancellationToken)
    {
        var repo = repository ?? throw new InvalidOperationException("The TUF repository is not initialized.");

        // Stage only what differs from what the repository lists, so that a restart (which offers every target again)
        // or a refresh with nothing due signs nothing and leaves the snapshot and timestamp versions alone.
        List<TufTarget> changed;
        List<string> gone;
        lock (listed)
        {
            changed = [.. upserts.Where(t => !(listed.TryGetValue(t.Path, out var known) && known == t && repo.ContainsTarget(t.Path)))];
            gone = [.. removals.Where(path => listed.ContainsKey(path) || repo.ContainsTarget(path))];
        }

        if (changed.Count == 0 && gone.Count == 0 && !DueForRefresh(repo.GetStatus()))
        {
            return;
        }

        repo.RemoveTargets(gone);
        repo.AddTargets(changed.Select(t => new TargetFile(t.Path, t.Length, Hashes(t))));
        var result = await repo.PublishAsync(cancellationToken);
        foreach (var warning in result.Warnings)
        {
            logger.LogWarning("TUF: {Warning}", warning);
        }

        if (changed.Count > 0 || gone.Count > 0)
        {
            await SaveListedAsync(changed, gone, cancellationToken);
        }
    }

    public Task RefreshAsync(CancellationToken cancellationToken) => PublishAsync([], [], cancellationToken);

    /// <summary>Whether a role is within the repository's refresh window of its expiry (by default half its lifetime), as Bonded.Tuf decides when it publishes.</summary>
    private bool DueForRefresh(TufRepositoryStatus status)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TufRepositoryHostingOptions>>().Value.Repository;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        bool Soon(DateTimeOffset expires, TimeSpan lifetime) => expires - now < lifetime * options.RefreshFraction;
        return Soon(status.TimestampExpires, options.TimestampExpiry) || Soon(status.SnapshotExpires, options.SnapshotExpiry)
            || Soon(status.EarliestBinExpiry, options.BinExpiry) || Soon(status.TargetsExpires, options.TargetsExpiry) || Soon(status.RootExpires, options.RootExpiry);
    }

    private async Task SaveListedAsync(List<TufTarget> changed, List<string> gone, CancellationToken cancellationToken)
    {
        var text = new System.Text.StringBuilder();
        lock (listed)
        {
            foreach (var path in gone)
            {
                listed.Remove(path);
            }

            foreach (var target in changed)
            {
                listed[target.Path] = target;
            }

            foreach (var target in listed.Values)
            {
                text.Append(target.Path).Append('\t').Append(target.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\t')
                    .Append(target.Sha256).Append('\t').Append(target.Sha512).Append('\n');
            }
        }

        var temporary = ListedFile + ".tmp";
        await File.WriteAllTextAsync(temporary, text.ToString(), cancellationToken);
        File.Move(temporary, ListedFile, overwrite: true);
    }

    private static Dictionary<string, string> Hashes(TufTarget target)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal) { ["sha256"] = target.Sha256 };
        if (target.Sha512 is not null)
        {
            hashes["sha512"] = target.Sha512;
        }

        return hashes;
    }
}

/// <summary>Re-signs roles before they expire (timestamp and snapshot live a day) even when nothing is uploaded.</summary>
internal sealed class TufRefreshService(Simple.IndexPublisher publisher, ILogger<TufRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(30));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await publisher.RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Re-signing TUF metadata failed");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
