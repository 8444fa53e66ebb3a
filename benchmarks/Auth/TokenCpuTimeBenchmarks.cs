using BenchmarkDotNet.Attributes;
using Bonded.Auth.Macaroons;
using Bonded.Auth.Tokens;

namespace Bonded.Benchmarks.Auth;

/// <summary>
/// Registry token verification measured in process CPU time per operation (<see cref="CpuTimePerOperation"/>; run with --inProcess so
/// that the process measured is the one verifying): the default path, the full chain and the generic verifier.
/// </summary>
public class TokenCpuTimeBenchmarks
{
    private readonly TokenRequest request = TokenRequest.ForProject("sample-project");
    private ApiTokenService service = null!;
    private string token = null!;
    private Macaroon macaroon = null!;
    private byte[] rootKey = null!;
    private MacaroonVerifier verifier = null!;
    private readonly CpuTimePerOperation cpu = new();

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
        CpuTimePerOperation.ApplyManagedShaSwitch();
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

        cpu.Restart();
    }

    [Benchmark]
    public bool VerifyRegistryToken()
    {
        cpu.Count();
        return Verify();
    }

    [GlobalCleanup]
    public void Report()
    {
        cpu.Report($"Path={Path}", "verifications");
    }

    private bool Verify() => Path == VerificationPath.MacaroonVerifier
        ? verifier.Verify(macaroon, rootKey)
        : service.VerifyAsync(token, request).GetAwaiter().GetResult().IsValid;
}
