using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bonded.Auth.Tokens;

namespace Bonded.Benchmarks.Auth;

/// <summary>
/// Registry token verification measured in process CPU time per operation, which stays meaningful on a shared,
/// oversubscribed machine where wall-clock means are inflated by waiting for a core. Each benchmark counts its
/// operations; the global cleanup prints "CPU per op" (run with --inProcess so that the process measured is the
/// one verifying). The figure includes the benchmark engine's own overhead, so it slightly overstates the cost.
/// </summary>
public class TokenCpuTimeBenchmarks
{
    private readonly TokenRequest request = TokenRequest.ForProject("sample-project");
    private ApiTokenService service = null!;
    private string token = null!;
    private long operations;
    private TimeSpan cpuAtStart;

    [Params(true, false)]
    public bool ReuseMintedChain { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        service = new ApiTokenService(new InMemoryApiTokenStore(), new ApiTokenOptions(), TimeProvider.System) { ReuseMintedChain = ReuseMintedChain };
        token = service.CreateAsync(ApiTokenSpec.ForProjects("alice", "bench", ["sample-project"], TimeProvider.System.GetUtcNow().AddYears(1)))
            .AsTask().GetAwaiter().GetResult().Token;
        operations = 0;
        cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    }

    [Benchmark]
    public bool VerifyRegistryToken()
    {
        operations++;
        return service.VerifyAsync(token, request).GetAwaiter().GetResult().IsValid;
    }

    [GlobalCleanup]
    public void Report()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
        var nanoseconds = cpu.TotalMilliseconds * 1e6 / operations;
        Console.WriteLine($"// CPU per op (ReuseMintedChain={ReuseMintedChain}): {nanoseconds:F0} ns over {operations} ops = {1e9 / nanoseconds:F0} verifications per CPU-second");
    }
}
