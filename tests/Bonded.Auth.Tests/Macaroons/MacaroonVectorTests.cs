using System.Text;
using Bonded.Auth.Macaroons;

namespace Bonded.Auth.Tests.Macaroons;

/// <summary>libmacaroons' language-independent vectors: verification and serialization in every format.</summary>
public sealed class MacaroonVectorTests
{
    public static TheoryData<string> VerifierFiles() => new(VectorFile.Names("*.vtest"));

    public static TheoryData<string> SerializationFiles() => new(VectorFile.Names("serialization_*"));

    [Theory]
    [MemberData(nameof(VerifierFiles))]
    public void Verifier_vector_gives_the_expected_outcome(string name)
    {
        var vector = VectorFile.Load(name);
        var verifier = new MacaroonVerifier();
        foreach (var predicate in vector.Exact)
        {
            verifier.SatisfyExact(predicate);
        }

        var macaroons = vector.Macaroons.Select(ParseVectorLine).ToList();
        var authorized = verifier.Verify(macaroons[0], Encoding.UTF8.GetBytes(vector.Key), macaroons.Skip(1).ToList());
        Assert.Equal(vector.Authorized, authorized);
    }

    [Theory]
    [MemberData(nameof(SerializationFiles))]
    public void Every_serialized_form_parses_to_the_same_macaroon_and_is_written_byte_for_byte(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(VectorFile.Directory, name)).Where(l => l.Length > 0).ToArray();
        Macaroon? first = null;
        foreach (var line in lines)
        {
            var (label, data) = (line[..line.IndexOf(' ', StringComparison.Ordinal)], line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            var raw = VectorFile.DecodeBytes(data);
            var macaroon = label == "v1" ? Macaroon.Parse(Encoding.ASCII.GetString(raw)) : Macaroon.Parse(raw, MacaroonLimits.Default);
            first ??= macaroon;
            Assert.Equal(first, macaroon);
            switch (label)
            {
                case "v1":
                    // raw is the v1 text form (base64url of the packets).
                    Assert.Equal(Encoding.ASCII.GetString(raw), macaroon.Serialize(MacaroonFormat.V1));
                    Assert.Equal(macaroon, Macaroon.Parse(macaroon.SerializeToBytes(MacaroonFormat.V1), MacaroonLimits.Default));
                    break;
                case "v2":
                    Assert.Equal(raw, macaroon.SerializeToBytes(MacaroonFormat.V2));
                    break;
                case "v2j":
                    Assert.Equal(Encoding.UTF8.GetString(raw), macaroon.Serialize(MacaroonFormat.V2Json));
                    break;
                default:
                    Assert.Fail("unknown label " + label);
                    break;
            }
        }
    }

    [Fact]
    public void The_vectors_hold_the_signature_libmacaroons_computes()
    {
        var minted = Macaroon.Create("this is the key"u8, "keyid", "http://example.org/")
            .AddFirstPartyCaveat("account = 3735928559")
            .AddFirstPartyCaveat("user = alice");
        var vector = VectorFile.Load("caveat_v2_4.vtest");
        Assert.Equal(vector.Macaroons[0], minted.Serialize(MacaroonFormat.V2));
    }

    private static Macaroon ParseVectorLine(string line)
    {
        var raw = VectorFile.DecodeBytes(line);
        // A v1 line decodes to the base64 text form; a v2 line decodes to the binary form.
        return raw.Length > 0 && raw[0] == 2 ? Macaroon.Parse(raw, MacaroonLimits.Default) : Macaroon.Parse(Encoding.ASCII.GetString(raw));
    }
}
