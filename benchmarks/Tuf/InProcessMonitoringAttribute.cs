using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bonded.Benchmarks.Tuf;

/// <summary>
/// One in-process job of single-operation iterations. In process: on the shared machine the generated
/// project's build timed out; long operations (seconds) need no separate process for accuracy. The timeout is
/// 30 minutes: the default aborted the 1,000,000-target job after its first iteration on the loaded machine.
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
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }

    public IConfig Config { get; }
}

/// <summary>BenchmarkDotNet's short run (3 warm-ups, 3 iterations), in process (see <see cref="InProcessMonitoringAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InProcessShortRunAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}
