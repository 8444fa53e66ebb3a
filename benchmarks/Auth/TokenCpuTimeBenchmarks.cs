using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bonded.Auth.Macaroons;
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
    private Macaroon macaroon = null!;
    private byte[] rootKey = null!;
    private MacaroonVerifier verifier = null!;
    private long operations;
    private TimeSpan cpuAtStart;

    /// <summary>What is measured.</summary>
    public enum VerificationPath
    {
        /// <summary><see cref="ApiTokenService.VerifyAsync"/> as configured by default: chain continued from the memoized minted signature.</summary>
        Default,

        /// <summary><see cref="ApiTokenService.VerifyAsync"/> with the whole chain recomputed: key derivation, identifier, three caveats.</summary>
        FullChain,

        /// <summary>The generic <see cref="MacaroonVerifier"/> with exact predicates, on an already parsed macaroon (five HMACs).</summary>
        MacaroonVerifier,
    }

    [Params(VerificationPath.Default, VerificationPath.FullChain, VerificationPath.MacaroonVerifier)]
    public VerificationPath Path { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        service = new ApiTokenService(new InMemoryApiTokenStore(), new ApiTokenOptions(), TimeProvider.System) { ReuseMintedChain = Path == VerificationPath.Default };
        var created = service.CreateAsync(ApiTokenSpec.ForProjects("alice", "bench", ["sample-project"], TimeProvider.System.GetUtcNow().AddYears(1)))
            .AsTask().GetAwaiter().GetResult();
        token = created.Token;
        rootKey = created.Record.RootKey;
        macaroon = Macaroon.Parse(token["pypi-".Length..]);
        verifier = new MacaroonVerifier();
        foreach (var caveat in created.Record.Caveats)
        {
            verifier.SatisfyExact(caveat);
        }

        if (macaroon.Caveats.Count != 3 || !Verify())
        {
            throw new InvalidOperationException("benchmark token is not a valid three-caveat token");
        }

        operations = 0;
        cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    }

    [Benchmark]
    public bool VerifyRegistryToken()
    {
        operations++;
        return Verify();
    }

    [GlobalCleanup]
    public void Report()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
        var nanoseconds = cpu.TotalMilliseconds * 1e6 / operations;
        Console.WriteLine($"// CPU per op (Path={Path}): {nanoseconds:F0} ns over {operations} ops = {1e9 / nanoseconds:F0} verifications per CPU-second");
    }

    private bool Verify() => Path == VerificationPath.MacaroonVerifier
        ? verifier.Verify(macaroon, rootKey)
        : service.VerifyAsync(token, request).GetAwaiter().GetResult().IsValid;
}
