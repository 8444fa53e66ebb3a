using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bonded.Auth.Macaroons;
using Bonded.Auth.Tokens;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Macaroons;

/// <summary>
/// Bonded's macaroons against two independent implementations, in every format each supports: Debian's
/// python3-pymacaroons (v1 and v2 binary, v1 and v2 JSON) and npm macaroon 3.0.4 (v2 binary, v2 JSON, v1 JSON).
/// Each side mints a macaroon with two first-party caveats and a discharged third-party caveat; the other verifies it.
/// </summary>
public sealed class MacaroonPeerTests
{
    private static readonly byte[] RootKey = Encoding.UTF8.GetBytes("root key shared by both sides, 32+ bytes long");
    private static readonly byte[] ThirdPartyKey = Encoding.UTF8.GetBytes("third-party caveat key");
    private static readonly string[] Predicates = ["account = 3735928559", "[1,[\"sample-project\"]]"];
    private static readonly string[] DischargePredicates = ["time < 2030-01-01T00:00"];

    public static TheoryData<string, string> PeerFormats() => new()
    {
        { "pymacaroons", "v1" },
        { "pymacaroons", "v2" },
        { "pymacaroons", "v1json" },
        { "pymacaroons", "v2json" },
        { "npm-macaroon", "v2" },
        { "npm-macaroon", "v2json" },
        { "npm-macaroon", "v1json" },
    };

    [Theory]
    [MemberData(nameof(PeerFormats))]
    public async Task Each_side_verifies_what_the_other_mints(string peer, string format)
    {
        var bondedFormat = ToFormat(format);
        var (minted, discharge) = MintWithBonded(format);
        var wrongKey = Convert.ToHexStringLower(Encoding.UTF8.GetBytes("not the root key"));
        var request = new JsonObject
        {
            ["mint"] = new JsonArray(MintTask(format)),
            ["verify"] = new JsonArray(
                VerifyTask(format, Convert.ToHexStringLower(RootKey), minted.Serialize(bondedFormat), [discharge.Serialize(bondedFormat)], [.. Predicates, .. DischargePredicates]),
                VerifyTask(format, wrongKey, minted.Serialize(bondedFormat), [discharge.Serialize(bondedFormat)], [.. Predicates, .. DischargePredicates]),
                VerifyTask(format, Convert.ToHexStringLower(RootKey), minted.Serialize(bondedFormat), [discharge.Serialize(bondedFormat)], Predicates),
                VerifyTask(format, Convert.ToHexStringLower(RootKey), minted.Serialize(bondedFormat), [], [.. Predicates, .. DischargePredicates])),
        };

        var response = await RunPeerAsync(peer, request);
        var verified = response["verified"]!.AsArray().Select(v => v!.GetValue<bool>()).ToArray();
        Assert.True(verified.SequenceEqual([true, false, false, false]), $"{string.Join(",", verified)}\n{response["stderr"]}");

        var peerMinted = response["minted"]![0]!;
        var text = peerMinted["macaroon"]!.GetValue<string>();
        var dischargeText = peerMinted["discharges"]![0]!.GetValue<string>();
        var parsed = Macaroon.Parse(text);
        var parsedDischarge = Macaroon.Parse(dischargeText);
        Assert.Equal(peerMinted["signature"]!.GetValue<string>(), Convert.ToHexStringLower(parsed.Signature.Span));

        var verifier = new MacaroonVerifier();
        foreach (var predicate in Predicates.Concat(DischargePredicates))
        {
            verifier.SatisfyExact(predicate);
        }

        Assert.True(verifier.Verify(parsed, RootKey, [parsedDischarge]));
        Assert.False(verifier.Verify(parsed, ThirdPartyKey, [parsedDischarge]));
        Assert.False(verifier.Verify(parsed, RootKey, []));
        Assert.False(new MacaroonVerifier().SatisfyExact(Predicates[0]).Verify(parsed, RootKey, [parsedDischarge]));

        if (format is "v1" or "v2" || (peer == "pymacaroons" && format == "v1json"))
        {
            // Binary forms, and pymacaroons' v1 JSON, are byte-for-byte the same on both sides.
            Assert.Equal(text, parsed.Serialize(bondedFormat));
            Assert.Equal(dischargeText, parsedDischarge.Serialize(bondedFormat));
        }
        else
        {
            Assert.Equal(parsed, Macaroon.Parse(parsed.Serialize(bondedFormat)));
        }
    }

    [Fact]
    public async Task Pymacaroons_verifies_a_registry_token_the_way_warehouse_does()
    {
        var store = new InMemoryApiTokenStore();
        var service = new ApiTokenService(store, new ApiTokenOptions(), TimeProvider.System);
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "ci", ["sample-project"], TimeProvider.System.GetUtcNow().AddDays(1)));
        var macaroon = Macaroon.Parse(created.Token["pypi-".Length..]);
        var request = new JsonObject
        {
            ["verify"] = new JsonArray(
                VerifyTask("v2", Convert.ToHexStringLower(created.Record.RootKey), created.Token["pypi-".Length..], [], [.. created.Record.Caveats]),
                VerifyTask("v2", Convert.ToHexStringLower(created.Record.RootKey), created.Token["pypi-".Length..], [], [.. created.Record.Caveats.Skip(1)])),
        };
        var response = await RunPeerAsync("pymacaroons", request);
        var verified = response["verified"]!.AsArray().Select(v => v!.GetValue<bool>()).ToArray();
        Assert.True(verified.SequenceEqual([true, false]), $"{string.Join(",", verified)}\n{response["stderr"]}");
        Assert.Equal(3, macaroon.Caveats.Count);
    }

    private static (Macaroon Minted, Macaroon Discharge) MintWithBonded(string format)
    {
        var m = Macaroon.Create(RootKey, "bonded-minted-" + format, "https://bonded.example/");
        foreach (var predicate in Predicates)
        {
            m = m.AddFirstPartyCaveat(predicate);
        }

        m = m.AddThirdPartyCaveat(ThirdPartyKey, "third-party-id"u8, "https://auth.example/");
        var discharge = Macaroon.Create(ThirdPartyKey, "third-party-id", "https://auth.example/");
        foreach (var predicate in DischargePredicates)
        {
            discharge = discharge.AddFirstPartyCaveat(predicate);
        }

        return (m, m.BindForRequest(discharge));
    }

    private static JsonObject MintTask(string format) => new()
    {
        ["format"] = format,
        ["key"] = Convert.ToHexStringLower(RootKey),
        ["id"] = "peer-minted-" + format,
        ["location"] = "https://peer.example/",
        ["caveats"] = new JsonArray([.. Predicates.Select(p => (JsonNode)p)]),
        ["third_party"] = new JsonObject
        {
            ["key"] = Convert.ToHexStringLower(ThirdPartyKey),
            ["id"] = "third-party-id",
            ["location"] = "https://auth.example/",
            ["caveats"] = new JsonArray([.. DischargePredicates.Select(p => (JsonNode)p)]),
        },
    };

    private static JsonObject VerifyTask(string format, string keyHex, string macaroon, string[] discharges, string[] exact) => new()
    {
        ["format"] = format,
        ["key"] = keyHex,
        ["macaroon"] = macaroon,
        ["discharges"] = new JsonArray([.. discharges.Select(d => (JsonNode)d)]),
        ["exact"] = new JsonArray([.. exact.Select(e => (JsonNode)e)]),
    };

    private static MacaroonFormat ToFormat(string format) => format switch
    {
        "v1" => MacaroonFormat.V1,
        "v2" => MacaroonFormat.V2,
        "v1json" => MacaroonFormat.V1Json,
        "v2json" => MacaroonFormat.V2Json,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static async Task<JsonNode> RunPeerAsync(string peer, JsonObject request)
    {
        var root = RepositoryRoot();
        var (program, script, workingDirectory) = peer == "pymacaroons"
            ? ("/usr/bin/python3", Path.Combine(root, "tests", "Integration", "Macaroons", "pymacaroons_peer.py"), root)
            : ("node", Path.Combine(root, "tests", "Integration", "node", "macaroon-peer.js"), Path.Combine(root, "tests", "Integration", "node"));
        var result = await ProcessRunner.RunAsync(program, [script], workingDirectory, timeout: TimeSpan.FromMinutes(1), standardInput: request.ToJsonString());
        Assert.True(result.ExitCode == 0, result.ToString());
        var response = JsonNode.Parse(result.StandardOutput) ?? throw new JsonException("empty peer output");
        // Refusals must come from verification itself, never from misusing the peer's API.
        Assert.DoesNotContain("TypeError", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("AttributeError", result.StandardError, StringComparison.Ordinal);
        response["stderr"] = result.StandardError;
        return response;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Libraries.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Libraries.sln not found above " + AppContext.BaseDirectory);
    }
}
