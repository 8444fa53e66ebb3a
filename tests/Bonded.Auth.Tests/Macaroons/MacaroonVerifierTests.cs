using System.Text;
using Bonded.Auth.Macaroons;

namespace Bonded.Auth.Tests.Macaroons;

public sealed class MacaroonVerifierTests
{
    private static readonly byte[] RootKey = "root key"u8.ToArray();
    private static readonly byte[] CaveatKey = "caveat key"u8.ToArray();

    private static (Macaroon Root, Macaroon Discharge) Discharged()
    {
        var root = Macaroon.Create(RootKey, "root", "https://a/")
            .AddFirstPartyCaveat("account = 1")
            .AddThirdPartyCaveat(CaveatKey, "tp"u8, "https://b/");
        var discharge = Macaroon.Create(CaveatKey, "tp", "https://b/").AddFirstPartyCaveat("time < 2030");
        return (root, discharge);
    }

    private static MacaroonVerifier Verifier() => new MacaroonVerifier().SatisfyExact("account = 1").SatisfyExact("time < 2030");

    [Fact]
    public void Bound_discharge_satisfies_the_third_party_caveat()
    {
        var (root, discharge) = Discharged();
        Assert.True(Verifier().Verify(root, RootKey, [root.BindForRequest(discharge)]));
    }

    [Fact]
    public void Unbound_discharge_is_refused()
    {
        var (root, discharge) = Discharged();
        Assert.False(Verifier().Verify(root, RootKey, [discharge]));
    }

    [Fact]
    public void Discharge_bound_to_another_macaroon_is_refused()
    {
        var (root, discharge) = Discharged();
        var other = Macaroon.Create(RootKey, "other", null);
        Assert.False(Verifier().Verify(root, RootKey, [other.BindForRequest(discharge)]));
    }

    [Fact]
    public void Missing_discharge_or_unsatisfied_discharge_caveat_is_refused()
    {
        var (root, discharge) = Discharged();
        Assert.False(Verifier().Verify(root, RootKey));
        Assert.False(new MacaroonVerifier().SatisfyExact("account = 1").Verify(root, RootKey, [root.BindForRequest(discharge)]));
    }

    [Fact]
    public void Discharge_minted_with_another_key_is_refused()
    {
        var (root, _) = Discharged();
        var forged = Macaroon.Create("guess"u8, "tp", "https://b/").AddFirstPartyCaveat("time < 2030");
        Assert.False(Verifier().Verify(root, RootKey, [root.BindForRequest(forged)]));
    }

    [Fact]
    public void General_predicates_are_consulted()
    {
        var m = Macaroon.Create(RootKey, "id", null).AddFirstPartyCaveat("time < 2030-01-01");
        var verifier = new MacaroonVerifier().SatisfyGeneral(p => Encoding.UTF8.GetString(p).StartsWith("time < ", StringComparison.Ordinal));
        Assert.True(verifier.Verify(m, RootKey));
        Assert.False(new MacaroonVerifier().Verify(m, RootKey));
    }

    [Fact]
    public void Discharge_cycles_terminate()
    {
        // Two third-party caveats whose discharges each require the other.
        var root = Macaroon.Create(RootKey, "root", null).AddThirdPartyCaveat(CaveatKey, "a"u8, "x");
        var a = Macaroon.Create(CaveatKey, "a", null).AddThirdPartyCaveat(CaveatKey, "b"u8, "x");
        var b = Macaroon.Create(CaveatKey, "b", null).AddThirdPartyCaveat(CaveatKey, "a"u8, "x");
        Assert.False(new MacaroonVerifier().Verify(root, RootKey, [root.BindForRequest(a), root.BindForRequest(b)]));
    }
}
