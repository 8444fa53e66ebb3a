using BenchmarkDotNet.Attributes;
using Bonded.Tuf;

namespace Bonded.Benchmarks.Tuf;

/// <summary>
/// PEP 458 at PyPI scale: 16,384 succinct bins and 1,000,000 targets from a manifest, signed and written
/// (issue 4: at most 2 s), and publishing one new target into that repository (at most 5 ms median).
/// </summary>
[MemoryDiagnoser]
[InProcessMonitoring(1, 2)]
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

    private TimeSpan cpuAtStart;

    [IterationSetup]
    public void NewDirectory()
    {
        directory = TufFixtures.TempDirectory();
        GC.Collect();
        cpuAtStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    }

    /// <summary>The machine is shared: CPU time (both cores summed) is the figure that does not depend on the others' load.</summary>
    [IterationCleanup]
    public void DeleteDirectory()
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
        Console.WriteLine($"// CPU time of this iteration: {cpu.TotalSeconds:F2} s");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

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
[InProcessMonitoring(5, 41)]
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

    private TimeSpan cpuAtStart;
    private int operations;

    [IterationSetup]
    public void StartCpu()
    {
        operations = 0;
        cpuAtStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    }

    [IterationCleanup]
    public void ReportCpu()
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
        Console.WriteLine($"// CPU time per publish: {cpu.TotalMilliseconds / Math.Max(1, operations):F2} ms over {operations}");
    }

    [Benchmark]
    public async Task<long> PublishOneNewTarget()
    {
        operations++;
        repository.AddTargets([TufFixtures.Target(next++)]);
        return (await repository.PublishAsync()).TimestampVersion;
    }
}
