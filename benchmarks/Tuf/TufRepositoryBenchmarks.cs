using BenchmarkDotNet.Attributes;
using Bonded.Tuf;

namespace Bonded.Benchmarks.Tuf;

/// <summary>
/// PEP 458 at PyPI scale: 16,384 succinct bins and 1,000,000 targets from a manifest, signed and written
/// (issue 4: at most 2 s), and publishing one new target into that repository (at most 5 ms median).
/// The manifest job prints its split (init, manifest read and staging, publish: wall and CPU) for every iteration.
/// </summary>
[MemoryDiagnoser]
[InProcessMonitoring(1, 5)]
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

    /// <summary>The job as the issue words it: init, the targets read from a JSON Lines manifest (what <c>bonded tuf add --manifest</c> stages), publish.</summary>
    [Benchmark]
    public async Task<long> InitManifestPublish_FileSystem()
    {
        var split = new Split();
        var repository = await TufRepository.CreateAsync(new FileSystemTufStorage(directory), new TufRepositoryOptions(), signers);
        split.Mark("init");
        await repository.AddTargetsFromManifestAsync(new MemoryStream(manifest));
        split.Mark("manifest");
        var version = (await repository.PublishAsync()).TimestampVersion;
        split.Mark("publish");
        Console.WriteLine("// split: " + split);
        return version;
    }

    /// <summary>Reading the same manifest as <see cref="TargetFile"/> objects (<see cref="TargetManifest.Read"/>, the public parser).</summary>
    [Benchmark]
    public int ReadManifest_TargetFiles() => TargetManifest.Read(new MemoryStream(manifest)).Count();

    /// <summary>Wall and CPU time per phase of one iteration.</summary>
    private sealed class Split
    {
        private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly System.Text.StringBuilder text = new();
        private TimeSpan wall;
        private TimeSpan cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

        public void Mark(string phase)
        {
            var (nowWall, nowCpu) = (clock.Elapsed, System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{phase} {(nowWall - wall).TotalSeconds:F2} s wall / {(nowCpu - cpu).TotalSeconds:F2} s CPU; ");
            (wall, cpu) = (nowWall, nowCpu);
        }

        public override string ToString() => text.ToString();
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
