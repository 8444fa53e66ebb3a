using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bonded.Index.Pages;
using Bonded.Index.Static;

namespace Bonded.Benchmarks.Index;

/// <summary>The complete static index (every page, HTML and JSON) of 886,000 real names and 3,000,000 synthetic files (target: 60 s).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class StaticIndexBenchmarks
{
    private readonly StaticIndexWriter writer = new();
    private IndexProject[] projects = [];
    private string directory = "";

    [GlobalSetup]
    public void Setup() => projects = Catalogue.Projects();

    private TimeSpan processorTime;

    [IterationSetup]
    public void NewDirectory()
    {
        directory = Path.Combine(Environment.GetEnvironmentVariable("BONDED_BENCH_DIR") ?? Path.GetTempPath(), "bonded-static-" + Guid.NewGuid().ToString("N"));
        processorTime = Process.GetCurrentProcess().TotalProcessorTime;
    }

    /// <summary>On a shared machine wall time includes waiting for a core; the CPU time the write used is printed as well.</summary>
    [IterationCleanup]
    public void DeleteDirectory()
    {
        var used = Process.GetCurrentProcess().TotalProcessorTime - processorTime;
        Console.WriteLine($"// FullIndex CPU time: {used.TotalSeconds:F1} s (user+system, all threads)");
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public int FullIndex() => writer.WriteAll(projects, directory).PagesWritten;
}

/// <summary>One-file updates of that complete index: a project's two pages rewritten (target: 50 ms).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class StaticIndexUpdateBenchmarks
{
    private readonly StaticIndexWriter writer = new();
    private string directory = "";
    private IndexProject[] projects = [];
    private IndexProject withFile = null!;
    private IndexProject withoutFile = null!;
    private bool toggle;

    [GlobalSetup]
    public void Setup()
    {
        projects = Catalogue.Projects();
        directory = Path.Combine(Environment.GetEnvironmentVariable("BONDED_BENCH_DIR") ?? Path.GetTempPath(), "bonded-update-" + Guid.NewGuid().ToString("N"));
        writer.WriteAll(projects, directory);
        withoutFile = projects[projects.Length / 2];
        var extra = Catalogue.FileRecord(withoutFile.Name.FileNameForm + "-99.0.0-py3-none-any.whl", 42, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        withFile = withoutFile with { Files = [.. withoutFile.Files, extra] };
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    /// <summary>Adds (or removes again) one file of an existing project: both of its pages change.</summary>
    [Benchmark]
    public int AddOrRemoveOneFile()
    {
        toggle = !toggle;
        return writer.WriteProject(toggle ? withFile : withoutFile, directory).PagesWritten;
    }

    /// <summary>A project added (or removed again): both root pages (886,000 names) re-rendered and rewritten.</summary>
    [Benchmark]
    public int RootPagesForANewProject()
    {
        toggle = !toggle;
        var names = toggle ? projects.Select(p => p.Name).Append(Bonded.Index.Names.ProjectName.Parse("zzzz-bonded-new")).ToArray() : projects.Select(p => p.Name).ToArray();
        return writer.WriteRoot(names, directory).PagesWritten;
    }
}
