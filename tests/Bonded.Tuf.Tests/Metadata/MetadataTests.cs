using System.Text;
using System.Text.Json;

namespace Bonded.Tuf.Tests.Metadata;

public sealed class MetadataTests
{
    public static IEnumerable<object[]> Documents => TestVectors.Items("metadata.json");

    private static Metadata<Signed> ParseAny(JsonElement vector, string form) =>
        Metadata<Signed>.Parse(Encoding.UTF8.GetBytes(vector.GetProperty(form).GetString()!));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Python_tuf_documents_round_trip_byte_for_byte(int index)
    {
        var vector = TestVectors.Item("metadata.json", index);
        var canonical = vector.GetProperty("canonical").GetString()!;
        var metadata = ParseAny(vector, "pretty");
        Assert.Equal(canonical, Encoding.UTF8.GetString(metadata.ToCanonicalBytes()));
        Assert.Equal(vector.GetProperty("signed_canonical").GetString(), Encoding.UTF8.GetString(metadata.GetSignedBytes()));
        var file = metadata.ToBytes();
        using var standard = JsonDocument.Parse(file);
        Assert.Equal(canonical, Encoding.UTF8.GetString(CanonicalJson.Serialize(standard.RootElement)));
        Assert.Equal(file, Metadata<Signed>.Parse(file).ToBytes());
    }

    [Fact]
    public void Root_verifies_every_python_signed_role()
    {
        var all = TestVectors.Load("metadata.json").EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!);
        var root = Metadata<Root>.Parse(Encoding.UTF8.GetBytes(all["root"].GetProperty("pretty").GetString()!));
        root.Signed.VerifyDelegate("root", root);
        var result = root.Signed.GetVerificationResult("root", root.GetSignedBytes(), root.Signatures);
        Assert.True(result.Verified);
        Assert.Equal(2, result.SignedKeyIds.Count);
        Assert.Empty(result.UnsignedKeyIds);
        Assert.Equal("é", root.Signed.UnrecognizedFields["x-custom"].GetProperty("a").GetString());

        var targets = Metadata<Targets>.Parse(Encoding.UTF8.GetBytes(all["targets"].GetProperty("pretty").GetString()!));
        root.Signed.VerifyDelegate("targets", targets);
        Assert.Throws<UnsignedMetadataException>(() => root.Signed.VerifyDelegate("snapshot", targets));

        var snapshot = Metadata<Snapshot>.Parse(Encoding.UTF8.GetBytes(all["snapshot"].GetProperty("canonical").GetString()!));
        root.Signed.VerifyDelegate("snapshot", snapshot);
        var timestamp = Metadata<Timestamp>.Parse(Encoding.UTF8.GetBytes(all["timestamp"].GetProperty("canonical").GetString()!));
        root.Signed.VerifyDelegate("timestamp", timestamp);
        Assert.Equal(7, timestamp.Signed.SnapshotMeta.Version);
        Assert.Equal(321, timestamp.Signed.SnapshotMeta.Length);

        var succinct = Metadata<Targets>.Parse(Encoding.UTF8.GetBytes(all["succinct"].GetProperty("canonical").GetString()!));
        var bin = Metadata<Targets>.Parse(Encoding.UTF8.GetBytes(all["bin"].GetProperty("canonical").GetString()!));
        succinct.Signed.VerifyDelegate("bins-000", bin);
        succinct.Signed.VerifyDelegate("bins-3ff", bin);
        Assert.Throws<ArgumentException>(() => succinct.Signed.VerifyDelegate("bins-400", bin));
    }

    [Fact]
    public void Threshold_result_names_missing_and_invalid_signers()
    {
        var all = TestVectors.Load("metadata.json").EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!);
        var root = Metadata<Root>.Parse(Encoding.UTF8.GetBytes(all["root"].GetProperty("pretty").GetString()!));
        var signatures = root.Signatures.Take(1).ToDictionary();
        var result = root.Signed.GetVerificationResult("root", root.GetSignedBytes(), signatures);
        Assert.False(result.Verified);
        Assert.Single(result.SignedKeyIds);
        Assert.Single(result.UnsignedKeyIds);

        var tampered = Encoding.UTF8.GetBytes(all["root"].GetProperty("pretty").GetString()!.Replace("2030-01-01", "2031-01-01", StringComparison.Ordinal));
        var forged = Metadata<Root>.Parse(tampered);
        Assert.Throws<UnsignedMetadataException>(() => root.Signed.VerifyDelegate("root", forged));
        Assert.Empty(root.Signed.GetVerificationResult("root", forged.GetSignedBytes(), forged.Signatures).SignedKeyIds);
    }

    [Fact]
    public async Task Signing_twice_with_one_key_counts_once()
    {
        using var signer = LocalSigner.Generate(KeyTypes.Ed25519);
        var key = signer.PublicKey;
        var root = new Root
        {
            Expires = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Keys = new Dictionary<string, Key> { [key.KeyId] = key },
            Roles = Root.TopLevelRoleNames.ToDictionary(n => n, _ => new Role([key.KeyId], 1)),
        };
        var metadata = await new Metadata<Root>(root).SignAsync(signer);
        metadata = await metadata.SignAsync(signer);
        Assert.Single(metadata.Signatures);
        root.VerifyDelegate("root", metadata);
        var reparsed = Metadata<Root>.Parse(metadata.ToBytes());
        Assert.Equal(metadata.ToBytes(), reparsed.ToBytes());
        Assert.True(root.IsExpired(root.Expires));
        Assert.False(root.IsExpired(root.Expires.AddSeconds(-1)));
    }

    [Theory]
    [InlineData("{\"signatures\":[],\"signed\":{\"_type\":\"timestamp\"}}")]
    [InlineData("{\"signatures\":{},\"signed\":{}}")]
    [InlineData("{\"signed\":{}}")]
    [InlineData("{\"signatures\":[{\"keyid\":\"a\",\"sig\":\"b\"},{\"keyid\":\"a\",\"sig\":\"c\"}],\"signed\":{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{\"snapshot.json\":{\"version\":1}},\"spec_version\":\"1.0.0\",\"version\":1}}")]
    [InlineData("{\"signatures\":[],\"signed\":{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{\"snapshot.json\":{\"version\":1}},\"spec_version\":\"2.0.0\",\"version\":1}}")]
    [InlineData("{\"signatures\":[],\"signed\":{\"_type\":\"timestamp\",\"expires\":\"2030-01-01 00:00:00\",\"meta\":{\"snapshot.json\":{\"version\":1}},\"spec_version\":\"1.0.0\",\"version\":1}}")]
    [InlineData("{\"signatures\":[],\"signed\":{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{\"snapshot.json\":{\"version\":0}},\"spec_version\":\"1.0.0\",\"version\":1}}")]
    [InlineData("{\"signatures\":[],\"signed\":{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{\"snapshot.json\":{\"version\":1}},\"spec_version\":\"1.0.0\",\"version\":0}}")]
    [InlineData("{\"signatures\":[],\"signed\":{\"_type\":\"timestamp\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{},\"spec_version\":\"1.0.0\",\"version\":1}}")]
    [InlineData("{\"signatures\":[],\"signed\":{\"_type\":\"snapshot\",\"expires\":\"2030-01-01T00:00:00Z\",\"meta\":{},\"spec_version\":\"1.0.0\",\"version\":1}}")]
    public void Invalid_timestamps_are_rejected(string json)
    {
        Assert.Throws<InvalidMetadataException>(() => Metadata<Timestamp>.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.False(Metadata<Timestamp>.TryParse(Encoding.UTF8.GetBytes(json), out _));
    }

    [Fact]
    public void Unrecognized_fields_survive_everywhere()
    {
        const string json = "{\"signatures\":[{\"keyid\":\"k\",\"sig\":\"00\",\"z\":1}],\"signed\":{\"_type\":\"targets\",\"a\":[1],\"delegations\":{\"keys\":{\"k\":{\"keytype\":\"ed25519\",\"keyval\":{\"private\":\"no\",\"public\":\"00\"},\"scheme\":\"ed25519\",\"x\":2}},\"roles\":[{\"keyids\":[\"k\"],\"name\":\"r\",\"paths\":[\"*\"],\"terminating\":false,\"threshold\":1,\"zz\":null}],\"y\":false},\"expires\":\"2030-01-01T00:00:00Z\",\"spec_version\":\"1.0.31\",\"targets\":{\"p\":{\"custom\":{\"q\":\"r\"},\"hashes\":{\"sha256\":\"00\"},\"length\":1}},\"version\":1,\"zzz\":\"end\"},\"top\":true}";
        var metadata = Metadata<Targets>.Parse(Encoding.UTF8.GetBytes(json));
        Assert.Equal(json, Encoding.UTF8.GetString(metadata.ToBytes()));
        Assert.Equal("r", metadata.Signed.TargetFiles["p"].Custom!.Value.GetProperty("q").GetString());
    }
}
