using System.Security.Cryptography;
using System.Text;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Tuf;

/// <summary><c>bonded tuf add --manifest</c>: targets a registry already knows, staged without their files.</summary>
public sealed class TufCliManifestTests
{
    [Fact]
    public async Task Manifest_targets_are_published_and_a_later_listing_of_a_path_wins()
    {
        using var temp = new TempDirectory("bonded-tuf-manifest");
        var repo = temp.Combine("repo");
        await Expect(0, "tuf", "init", "--repo", repo, "--bins", "16", "--succinct");
        var first = temp.Combine("first.jsonl");
        var second = temp.Combine("second.jsonl");
        var (old, newer) = (Digest("old"), Digest("new"));
        await File.WriteAllTextAsync(first, Line("files/a-1.0.tar.gz", 10, old) + "\r\n\n" + Line("files/b-1.0.tar.gz", 20, Digest("b")) + "\n" + Line("files/c-1.0.tar.gz", 30, Digest("c")));
        await File.WriteAllTextAsync(second, Line("files/a-1.0.tar.gz", 11, newer) + "\n");

        var added = await Expect(0, "tuf", "add", "--repo", repo, "--manifest", first);
        await Expect(0, "tuf", "add", "--repo", repo, "--manifest", second);
        await Expect(0, "tuf", "publish", "--repo", repo);
        var status = await Expect(0, "tuf", "status", "--repo", repo);

        Assert.Contains("staged_additions: 3", added.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("targets: 3", status.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("staged_additions: 0", status.StandardOutput, StringComparison.Ordinal);
        var metadata = string.Concat(Directory.GetFiles(Path.Combine(repo, "metadata"), "*.json").Select(File.ReadAllText));
        Assert.Contains(newer.Sha256, metadata, StringComparison.Ordinal);
        Assert.DoesNotContain(old.Sha256, metadata, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"path\":\"files/x.tar.gz\",\"length\":5,\"hashes\":{\"sha256\":\"XYZ\"}}", "line 2")]
    [InlineData("{\"path\":\"files/x.tar.gz\",\"length\":-5,\"hashes\":{\"sha256\":\"00\"}}", "line 2")]
    [InlineData("{\"path\":\"files/../x.tar.gz\",\"length\":5,\"hashes\":{\"sha256\":\"00\"}}", "..")]
    [InlineData("not json at all", "line 2")]
    public async Task A_manifest_with_a_wrong_line_stages_nothing_and_names_the_line(string wrong, string named)
    {
        using var temp = new TempDirectory("bonded-tuf-manifest");
        var repo = temp.Combine("repo");
        await Expect(0, "tuf", "init", "--repo", repo, "--bins", "16", "--succinct");
        var manifest = temp.Combine("bad.jsonl");
        await File.WriteAllTextAsync(manifest, Line("files/ok-1.0.tar.gz", 10, Digest("ok")) + "\n" + wrong + "\n");

        var add = await BondedTool.RunAsync("tuf", "add", "--repo", repo, "--manifest", manifest);
        var status = await Expect(0, "tuf", "status", "--repo", repo);

        Assert.NotEqual(0, add.ExitCode);
        Assert.Contains(named, add.StandardError, StringComparison.Ordinal);
        Assert.Contains("staged_additions: 0", status.StandardOutput, StringComparison.Ordinal);
    }

    private static (string Sha256, string Sha512) Digest(string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return (Convert.ToHexStringLower(SHA256.HashData(bytes)), Convert.ToHexStringLower(SHA512.HashData(bytes)));
    }

    private static string Line(string path, long length, (string Sha256, string Sha512) digest) =>
        $"{{\"path\":\"{path}\",\"length\":{length},\"hashes\":{{\"sha256\":\"{digest.Sha256}\",\"sha512\":\"{digest.Sha512}\"}}}}";

    private static async Task<ProcessResult> Expect(int exitCode, params string[] arguments)
    {
        var result = await BondedTool.RunAsync(arguments);
        Assert.True(result.ExitCode == exitCode, $"bonded {string.Join(' ', arguments)}\n{result}");
        return result;
    }
}
