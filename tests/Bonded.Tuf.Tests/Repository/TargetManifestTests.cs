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
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"AB\"}}")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"a\"}}")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"g0\"}}")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"\\u0061a\",\"x\":\"-\"}}")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":1}}")]
    [InlineData("{\"path\":\"a\",\"length\":99999999999999999999,\"hashes\":{\"sha256\":\"aa\"}}")]
    [InlineData("\u00ff")]
    public void Rejects_invalid_lines_naming_the_line(string line)
    {
        var exception = Assert.Throws<InvalidMetadataException>(() => TargetManifest.Read(new MemoryStream(Encoding.UTF8.GetBytes("\n" + line + "\n"))).ToList());
        Assert.Contains("line 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_blank_lines_and_accepts_crlf()
    {
        var targets = TargetManifest.Read(new MemoryStream(Encoding.UTF8.GetBytes(" \r\n{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}}\r\n\t\n{\"path\":\"b\",\"length\":2,\"hashes\":{\"sha256\":\"bb\"}}"))).ToList();
        Assert.Equal(["a", "b"], targets.Select(t => t.Path));
    }

    [Fact]
    public void Numbers_lines_across_blocks()
    {
        var lines = Enumerable.Range(0, 50_000).Select(i => $"{{\"path\":\"p/{i}\",\"length\":{i},\"hashes\":{{\"sha256\":\"aa\"}}}}").ToList();
        var all = TargetManifest.Read(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)))).ToList();
        Assert.Equal(50_000, all.Count);
        Assert.Equal(Enumerable.Range(0, 50_000).Select(i => (long)i), all.Select(t => t.Length));
        lines[45_000] = "{\"path\":\"p\",\"length\":1,\"hashes\":{\"sha256\":\"nothex\"}}";
        var exception = Assert.Throws<InvalidMetadataException>(() => TargetManifest.Read(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)))).ToList());
        Assert.StartsWith("Manifest line 45001:", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TargetManifest.MaxLineLength + 1, "\n{}")]
    [InlineData(TargetManifest.MaxLineLength + 1, "")]
    [InlineData(5 * 1024 * 1024, "")]
    public void Rejects_a_line_over_the_limit_without_reading_on(int length, string after)
    {
        var bytes = new byte[length + 1 + after.Length];
        bytes[0] = (byte)'\n';
        bytes.AsSpan(1, length).Fill((byte)' ');
        Encoding.ASCII.GetBytes(after, bytes.AsSpan(1 + length));
        var exception = Assert.Throws<InvalidMetadataException>(() => TargetManifest.Read(new MemoryStream(bytes)).ToList());
        Assert.Equal($"Manifest line 2 is longer than {TargetManifest.MaxLineLength} bytes.", exception.Message);
    }

    [Property(MaxTest = 300)]
    public bool Reading_any_bytes_gives_targets_or_the_documented_exception(byte[] manifest, bool addNewlines)
    {
        var bytes = manifest ?? [];
        if (addNewlines)
        {
            bytes = [.. bytes.SelectMany(b => b % 7 == 0 ? new[] { b, (byte)'\n' } : [b])];
        }

        try
        {
            var targets = TargetManifest.Read(new MemoryStream(bytes)).ToList();
            return targets.All(t => t.Hashes.Count > 0 && t.Length >= 0);
        }
        catch (InvalidMetadataException exception)
        {
            return exception.Message.StartsWith("Manifest line ", StringComparison.Ordinal);
        }
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
