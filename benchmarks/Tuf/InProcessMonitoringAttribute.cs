using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bonded.Benchmarks.Tuf;

/// <summary>
/// One in-process job of single-operation iterations. In process: on the shared machine the generated
/// project's build timed out; long operations (seconds) need no separate process for accuracy.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InProcessMonitoringAttribute : Attribute, IConfigSource
{
    public InProcessMonitoringAttribute(int warmupCount, int iterationCount)
    {
        Config = ManualConfig.CreateEmpty().AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    public IConfig Config { get; }
}
