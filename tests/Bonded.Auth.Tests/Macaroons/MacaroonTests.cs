using System.Text;
using Bonded.Auth.Macaroons;

namespace Bonded.Auth.Tests.Macaroons;

public sealed class MacaroonTests
{
    private static readonly byte[] BankKey = "this is our super secret key; only we should know it"u8.ToArray();
    private static readonly byte[] OtherKey = "this is a different super-secret key; never use the same secret twice"u8.ToArray();
    private static readonly byte[] CaveatKey = "4; guaranteed random by a fair toss of the dice"u8.ToArray();
    private const string CaveatId = "this was how we remind auth of key/pred";

    [Fact]
    public void Root_signature_matches_pymacaroons()
    {
        var m = Macaroon.Create(BankKey, "we used our secret key", "http://mybank/");
        Assert.Equal("e3d9e02908526c4c0039ae15114115d97fdd68bf2ba379b342aaf0f617d0552f", Convert.ToHexStringLower(m.Signature.Span));
    }

    [Fact]
    public void First_party_caveat_signature_matches_pymacaroons()
    {
        var m = Macaroon.Create(BankKey, "we used our secret key", "http://mybank/").AddFirstPartyCaveat("test = caveat");
        Assert.Equal("197bac7a044af33332865b9266e26d493bdd668a660e44d88ce1a998c23dbd67", Convert.ToHexStringLower(m.Signature.Span));
    }

    [Fact]
    public void Third_party_caveat_with_zero_nonce_matches_pymacaroons()
    {
        var m = Macaroon.Create(OtherKey, "we used our other secret key", "http://mybank/")
            .AddFirstPartyCaveat("account = 3735928559")
            .AddThirdPartyCaveat(CaveatKey, Encoding.UTF8.GetBytes(CaveatId), "http://auth.mybank/", new byte[24]);
        Assert.Equal("d27db2fd1f22760e4c3dae8137e2d8fc1df6c0741c18aed4b97256bf78d1f55c", Convert.ToHexStringLower(m.Signature.Span));
    }

    [Fact]
    public void Verification_id_and_signature_match_pymacaroons_inspect()
    {
        var m = Macaroon.Create(BankKey, "we used our secret key", "http://mybank/")
            .AddFirstPartyCaveat("test = caveat")
            .AddThirdPartyCaveat(CaveatKey, Encoding.UTF8.GetBytes(CaveatId), "http://auth.mybank/", new byte[24]);
        Assert.Equal(
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA68NYajhiFuHnKGSNcVhkAwgbs0VZ0yK2o+q0Aq9+bONkXw7ky7HAuhCLO9hhaMMc",
            Convert.ToBase64String(m.Caveats[1].VerificationId.Span));
        Assert.Equal("7a9289bfbb92d725f748bbcb4f3e04e56b7021513ebeed8411bfba10a16a662e", Convert.ToHexStringLower(m.Signature.Span));
    }

    [Fact]
    public void Bound_discharge_signature_matches_pymacaroons_prepare_for_request()
    {
        var m = Macaroon.Create(OtherKey, "we used our other secret key", "http://mybank/")
            .AddFirstPartyCaveat("account = 3735928559")
            .AddThirdPartyCaveat(CaveatKey, Encoding.UTF8.GetBytes(CaveatId), "http://auth.mybank/", new byte[24]);
        var discharge = Macaroon.Create(CaveatKey, CaveatId, "http://auth.mybank/").AddFirstPartyCaveat("time < 2015-01-01T00:00");
        var bound = m.BindForRequest(discharge);
        Assert.Equal("2eb01d0dd2b4475330739140188648cf25dda0425ea9f661f1574ca0a9eac54e", Convert.ToHexStringLower(bound.Signature.Span));
    }

    [Theory]
    [InlineData(MacaroonFormat.V1)]
    [InlineData(MacaroonFormat.V2)]
    [InlineData(MacaroonFormat.V2Json)]
    [InlineData(MacaroonFormat.V1Json)]
    public void Round_trips_first_and_third_party_caveats_in_every_format(MacaroonFormat format)
    {
        var m = Macaroon.Create(OtherKey, "we used our other secret key", "http://mybank/")
            .AddFirstPartyCaveat("account = 3735928559")
            .AddThirdPartyCaveat(CaveatKey, Encoding.UTF8.GetBytes(CaveatId), "http://auth.mybank/");
        var text = m.Serialize(format);
        var parsed = Macaroon.Parse(text);
        Assert.Equal(m, parsed);
        Assert.Equal(text, parsed.Serialize(format));
    }

    [Fact]
    public void Binary_identifier_is_written_as_i64_in_v2_json()
    {
        var m = Macaroon.Create("k"u8, new byte[] { 0xff, 0x00, 0x80 }, null);
        var json = m.Serialize(MacaroonFormat.V2Json);
        Assert.Contains("\"i64\":\"_wCA\"", json, StringComparison.Ordinal);
        Assert.Equal(m, Macaroon.Parse(json));
        Assert.Throws<MacaroonFormatException>(() => m.Serialize(MacaroonFormat.V1Json));
    }

    [Fact]
    public void Json_escapes_quotes_and_control_characters()
    {
        var m = Macaroon.Create("k"u8, "id \"quoted\"\n\\", "loc").AddFirstPartyCaveat("a\u0001b é");
        foreach (var format in new[] { MacaroonFormat.V2Json, MacaroonFormat.V1Json })
        {
            var json = m.Serialize(format);
            using var document = System.Text.Json.JsonDocument.Parse(json);
            Assert.Equal(m, Macaroon.Parse(json));
        }

        Assert.Contains("\\u00e9", m.Serialize(MacaroonFormat.V1Json), StringComparison.Ordinal);
    }

    [Fact]
    public void Attenuation_leaves_the_original_unchanged()
    {
        var m = Macaroon.Create(BankKey, "id", null);
        var attenuated = m.AddFirstPartyCaveat("a = 1");
        Assert.Empty(m.Caveats);
        Assert.Single(attenuated.Caveats);
        Assert.NotEqual(m, attenuated);
    }

    [Fact]
    public void ToString_never_shows_the_signature()
    {
        var m = Macaroon.Create(BankKey, "we used our secret key", "http://mybank/").AddFirstPartyCaveat("test = caveat");
        var text = m.ToString();
        Assert.DoesNotContain(Convert.ToHexStringLower(m.Signature.Span), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(m.Signature.Span), text, StringComparison.Ordinal);
        Assert.Contains("we used our secret key", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_standard_and_padded_base64()
    {
        var m = Macaroon.Create(BankKey, "id with ??? >>> to force + and /", "loc").AddFirstPartyCaveat("x");
        var url = m.Serialize(MacaroonFormat.V2);
        var standard = Convert.ToBase64String(m.SerializeToBytes(MacaroonFormat.V2));
        Assert.Equal(m, Macaroon.Parse(url));
        Assert.Equal(m, Macaroon.Parse(standard));
    }
}
