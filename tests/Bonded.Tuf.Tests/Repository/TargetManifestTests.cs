using System.Text;
using FsCheck.Xunit;

namespace Bonded.Tuf.Tests.Repository;

public sealed class TargetManifestTests
{
    [Fact]
    public void Reads_lines_with_and_without_custom_data()
    {
        const string manifest = "{\"path\":\"files/a.whl\",\"length\":3,\"hashes\":{\"sha256\":\"aa\"}}\n\n{\"hashes\":{\"sha512\":\"bb\",\"sha256\":\"cc\"},\"length\":0,\"path\":\"b\",\"custom\":{\"k\":1}}\n";
        var targets = TargetManifest.Read(new MemoryStream(Encoding.UTF8.GetBytes(manifest))).ToList();
        Assert.Equal(2, targets.Count);
        Assert.Equal("files/a.whl", targets[0].Path);
        Assert.Equal(3, targets[0].Length);
        Assert.Equal("cc", targets[1].Hashes["sha256"]);
        Assert.Equal(1, targets[1].Custom!.Value.GetProperty("k").GetInt32());
    }

    [Theory]
    [InlineData("{\"path\":\"a\",\"length\":-1,\"hashes\":{\"sha256\":\"aa\"}}")]
    [InlineData("{\"path\":\"a\",\"length\":1.0,\"hashes\":{\"sha256\":\"aa\"}}")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{}}")]
    [InlineData("{\"path\":\"a\",\"length\":1}")]
    [InlineData("{\"path\":\"a\",\"path\":\"b\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}}")]
    [InlineData("{\"path\":\"\\ud800\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}}")]
    [InlineData("[1]")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}} x")]
    public void Rejects_invalid_lines_naming_the_line(string line)
    {
        var exception = Assert.Throws<InvalidMetadataException>(() => TargetManifest.Read(new MemoryStream(Encoding.UTF8.GetBytes("\n" + line + "\n"))).ToList());
        Assert.Contains("line 2", exception.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public bool Format_then_parse_round_trips(string path, long length, byte[] digest)
    {
        if (string.IsNullOrEmpty(path) || path.Any(char.IsSurrogate))
        {
            return true;
        }

        var target = new TargetFile(path, Math.Abs(length % long.MaxValue), new Dictionary<string, string> { ["sha256"] = Convert.ToHexStringLower(digest ?? []) + "00" });
        var line = TargetManifest.FormatLine(target);
        var parsed = TargetManifest.ParseLine(line);
        return parsed.Path == target.Path && parsed.Length == target.Length && parsed.Hashes["sha256"] == target.Hashes["sha256"]
            && line.AsSpan().SequenceEqual(TargetManifest.FormatLine(parsed));
    }

    [Property(MaxTest = 300)]
    public bool Parse_never_throws_undocumented_exceptions(byte[] line)
    {
        try
        {
            TargetManifest.ParseLine(line ?? []);
        }
        catch (InvalidMetadataException)
        {
        }

        return true;
    }
}
