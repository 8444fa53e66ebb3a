using BenchmarkDotNet.Attributes;
using Bonded.Auth.Macaroons;
using Bonded.Auth.Tokens;

namespace Bonded.Benchmarks.Auth;

/// <summary>
/// Registry token hot paths. The headline is <see cref="VerifyRegistryToken"/>: a pypi- token with three caveats
/// (expiry, project names, user) parsed, looked up in the in-memory store, signature-checked and every caveat checked.
/// The pymacaroons figure of the same run comes from benchmarks/Auth/pymacaroons_verify.py.
/// </summary>
[MemoryDiagnoser]
public class TokenBenchmarks
{
    private readonly TokenRequest request = TokenRequest.ForProject("sample-project");
    private ApiTokenService service = null!;
    private ApiTokenService coldService = null!;
    private string token = null!;
    private string macaroonText = null!;
    private Macaroon macaroon = null!;
    private byte[] rootKey = null!;
    private MacaroonVerifier verifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        var store = new InMemoryApiTokenStore();
        service = new ApiTokenService(store, new ApiTokenOptions(), TimeProvider.System);
        coldService = new ApiTokenService(store, new ApiTokenOptions(), TimeProvider.System) { ReuseMintedChain = false };
        var created = service.CreateAsync(ApiTokenSpec.ForProjects("alice", "bench", ["sample-project"], TimeProvider.System.GetUtcNow().AddYears(1)))
            .AsTask().GetAwaiter().GetResult();
        token = created.Token;
        rootKey = created.Record.RootKey;
        macaroonText = token["pypi-".Length..];
        macaroon = Macaroon.Parse(macaroonText);
        verifier = new MacaroonVerifier();
        foreach (var caveat in created.Record.Caveats)
        {
            verifier.SatisfyExact(caveat);
        }

        if (macaroon.Caveats.Count != 3 || !service.VerifyAsync(token, request).AsTask().GetAwaiter().GetResult().IsValid)
        {
            throw new InvalidOperationException("benchmark token is not a valid three-caveat token");
        }
    }

    /// <summary>
    /// Parse, look up, verify the signature and check three caveats, as the service does by default: the chain
    /// continues from the record's memoized minted signature (nothing left to HMAC for an unattenuated token).
    /// </summary>
    [Benchmark(Baseline = true)]
    public bool VerifyRegistryToken() => service.VerifyAsync(token, request).GetAwaiter().GetResult().IsValid;

    /// <summary>The same with the whole chain recomputed (key derivation, identifier, three caveats: five HMACs), as for a record fresh from a database.</summary>
    [Benchmark]
    public bool VerifyRegistryTokenFullChain() => coldService.VerifyAsync(token, request).GetAwaiter().GetResult().IsValid;

    /// <summary>Parse the libmacaroons v2 binary form (base64url).</summary>
    [Benchmark]
    public Macaroon ParseV2() => Macaroon.Parse(macaroonText);

    /// <summary>Generic macaroon verification with exact predicates (key derivation included).</summary>
    [Benchmark]
    public bool VerifyMacaroonExact() => verifier.Verify(macaroon, rootKey);

    /// <summary>Deserialize and verify, as the pymacaroons figure measures it.</summary>
    [Benchmark]
    public bool ParseAndVerifyMacaroon() => verifier.Verify(Macaroon.Parse(macaroonText), rootKey);

    /// <summary>Mint a token with three caveats (random key, store insert).</summary>
    [Benchmark]
    public string Mint() => Mint(service);

    private static string Mint(ApiTokenService service) =>
        service.CreateAsync(new ApiTokenSpec { UserId = "alice", Caveats = [new ProjectNamesCaveat(["p"])] }).AsTask().GetAwaiter().GetResult().Token;
}
