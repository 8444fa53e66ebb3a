using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bonded.Tuf;

namespace Bonded.Benchmarks.Tuf;

/// <summary>
/// PEP 458 at PyPI scale: 16,384 succinct bins and 1,000,000 targets from a manifest, signed and written
/// (issue 4: at most 2 s), and publishing one new target into that repository (at most 5 ms median).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class TufRepositoryInitBenchmarks
{
    private TargetFile[] targets = [];
    private byte[] manifest = [];
    private TufSigners signers = null!;
    private string directory = "";

    [Params(1_000_000)]
    public int TargetCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        targets = TufFixtures.Targets(TargetCount);
        manifest = TufFixtures.Manifest(targets);
        signers = TufFixtures.Signers();
    }

    [IterationSetup]
    public void NewDirectory() => directory = TufFixtures.TempDirectory();

    [IterationCleanup]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    /// <summary>init (16,384 succinct bins) + targets already parsed + publish, to the file system.</summary>
    [Benchmark]
    public async Task<long> InitAddPublish_FileSystem()
    {
        var repository = await TufRepository.CreateAsync(new FileSystemTufStorage(directory), new TufRepositoryOptions(), signers);
        repository.AddTargets(targets);
        return (await repository.PublishAsync()).TimestampVersion;
    }

    /// <summary>The same, reading the targets from a JSON Lines manifest first.</summary>
    [Benchmark]
    public async Task<long> InitManifestPublish_FileSystem()
    {
        var repository = await TufRepository.CreateAsync(new FileSystemTufStorage(directory), new TufRepositoryOptions(), signers);
        repository.AddTargets(TargetManifest.Read(new MemoryStream(manifest)));
        return (await repository.PublishAsync()).TimestampVersion;
    }

    /// <summary>The signing and serialization alone (metadata kept in memory).</summary>
    [Benchmark]
    public async Task<long> InitAddPublish_InMemory()
    {
        var repository = await TufRepository.CreateAsync(new InMemoryTufStorage(), new TufRepositoryOptions(), signers);
        repository.AddTargets(targets);
        return (await repository.PublishAsync()).TimestampVersion;
    }
}

/// <summary>Publishing one new target into a 16,384-bin, 1,000,000-target repository: its bin, snapshot and timestamp.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class TufPublishOneBenchmarks
{
    private TufRepository repository = null!;
    private string directory = "";
    private int next = 2_000_000;

    [Params(false, true)]
    public bool FileSystem { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        directory = TufFixtures.TempDirectory();
        ITufStorage storage = FileSystem ? new FileSystemTufStorage(directory) : new InMemoryTufStorage();
        repository = TufRepository.CreateAsync(storage, new TufRepositoryOptions(), TufFixtures.Signers()).GetAwaiter().GetResult();
        repository.AddTargets(TufFixtures.Targets(1_000_000));
        repository.PublishAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Benchmark]
    public async Task<long> PublishOneNewTarget()
    {
        repository.AddTargets([TufFixtures.Target(next++)]);
        return (await repository.PublishAsync()).TimestampVersion;
    }
}
