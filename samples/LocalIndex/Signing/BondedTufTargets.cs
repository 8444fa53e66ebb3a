using Bonded.Tuf;

namespace LocalIndex.Signing;

/// <summary>
/// The host's PEP 458 repository: Bonded.Tuf's <see cref="TufRepository"/> in <c>DATA/tuf</c>, created on first start
/// with a development key set. Every publish signs the changed bins, snapshot and timestamp with the online keys.
/// </summary>
internal sealed class BondedTufTargets(IServiceProvider services, string tufDirectory, ILogger<BondedTufTargets> logger) : ITufTargets
{
    private TufRepository? repository;

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

        var status = repository.GetStatus();
        logger.LogInformation("TUF repository: root v{Root}, snapshot v{Snapshot}, {Bins} bins, {Targets} targets; trust anchor /tuf/1.root.json", status.RootVersion, status.SnapshotVersion, status.BinCount, status.TargetCount);
        return Task.CompletedTask;
    }

    public async Task PublishAsync(IReadOnlyList<TufTarget> upserts, IReadOnlyList<string> removals, CancellationToken cancellationToken)
    {
        var repo = repository ?? throw new InvalidOperationException("The TUF repository is not initialized.");
        repo.RemoveTargets(removals);
        repo.AddTargets(upserts.Select(t => new TargetFile(t.Path, t.Length, Hashes(t))));
        var result = await repo.PublishAsync(cancellationToken);
        foreach (var warning in result.Warnings)
        {
            logger.LogWarning("TUF: {Warning}", warning);
        }
    }

    public Task RefreshAsync(CancellationToken cancellationToken) => PublishAsync([], [], cancellationToken);

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
