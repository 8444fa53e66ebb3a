using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Tuf;

/// <summary>tuf-js 4.1.0 refreshes and downloads from repositories written by <c>bonded tuf</c>, and rejects tampering.</summary>
public sealed class TufJsTests
{
    private static readonly string NodeDirectory = FindNodeDirectory();

    // The bonded.dll copied beside the tests lacks Microsoft.Extensions.* (this project runs on the ASP.NET Core
    // shared framework, so they are not copied, but bonded.runtimeconfig.json names only Microsoft.NETCore.App).
    // Run the tool from its own build output, same configuration.
    private static readonly string BondedDll = FindBondedDll();

    [Theory]
    [InlineData("ed25519", 1024, true)]
    [InlineData("ecdsa", 64, true)]
    [InlineData("rsa", 32, true)]
    [InlineData("ed25519", 64, false)]
    public async Task Tuf_js_downloads_targets_from_a_bonded_repository(string keyType, int bins, bool succinct)
    {
        using var temp = new TempDirectory("bonded-tufjs");
        var repo = temp.Combine("repo");
        var files = WriteFiles(temp, 3);
        string[] init = ["tuf", "init", "--repo", repo, "--bins", bins.ToString(System.Globalization.CultureInfo.InvariantCulture), "--key-type", keyType];
        await Bonded(succinct ? [.. init, "--succinct"] : init);
        await Bonded(["tuf", "add", "--repo", repo, "--prefix", "files/demo", .. files]);
        await Bonded("tuf", "add", "--repo", repo, "--prefix", "simple/demo", files[0]);
        await Bonded("tuf", "publish", "--repo", repo);
        await Bonded("tuf", "remove", "--repo", repo, "simple/demo/" + Path.GetFileName(files[0]));
        await Bonded("tuf", "publish", "--repo", repo);

        var status = JsonDocument.Parse((await Bonded("tuf", "status", "--repo", repo, "--format", "json")).StandardOutput).RootElement;
        Assert.Equal(3, status.GetProperty("targets").GetInt64());
        Assert.Equal(3, status.GetProperty("timestamp_version").GetInt64());

        var paths = files.Select(f => "files/demo/" + Path.GetFileName(f)).ToArray();
        var (ok, result) = await TufJs(repo, temp.Combine("client"), paths);
        Assert.True(ok, result.ToString());
        foreach (var file in files)
        {
            Assert.Equal(Sha256(file), result.GetProperty("targets").GetProperty("files/demo/" + Path.GetFileName(file)).GetProperty("sha256").GetString());
        }

        var (removedOk, removed) = await TufJs(repo, temp.Combine("client2"), "simple/demo/" + Path.GetFileName(files[0]));
        Assert.False(removedOk);
        Assert.Equal("not found", removed.GetProperty("targets").EnumerateObject().Single().Value.GetProperty("error").GetString());
        Assert.True(File.Exists(Path.Combine(repo, "metadata", "1.root.json")));
        Assert.True(File.Exists(Path.Combine(repo, "metadata", "3.snapshot.json")));
    }

    [Fact]
    public async Task Tuf_js_follows_key_rotations_of_every_role()
    {
        using var temp = new TempDirectory("bonded-tufjs");
        var repo = temp.Combine("repo");
        var files = WriteFiles(temp, 1);
        await Bonded("tuf", "init", "--repo", repo, "--bins", "16", "--succinct");
        await Bonded("tuf", "add", "--repo", repo, files[0]);
        await Bonded("tuf", "publish", "--repo", repo);
        foreach (var role in new[] { "root", "targets", "snapshot", "timestamp", "bins" })
        {
            await Bonded("tuf", "rotate", "--repo", repo, "--role", role);
        }

        var (ok, result) = await TufJs(repo, temp.Combine("client"), Path.GetFileName(files[0]));
        Assert.True(ok, result.ToString());
        Assert.True(File.Exists(Path.Combine(repo, "metadata", "5.root.json")));
    }

    [Fact]
    public async Task Tuf_js_rejects_a_tampered_target()
    {
        using var temp = new TempDirectory("bonded-tufjs");
        var repo = await PublishedRepository(temp);
        var original = File.ReadAllText(Path.Combine(repo, "targets", "files", "file0.txt"));
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "targets"), "*", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, "malicious content of another length");
        }

        var (ok, result) = await TufJs(repo, temp.Combine("client"), "files/file0.txt");
        Assert.False(ok);
        Assert.Contains("Max length reached", result.GetProperty("targets").GetProperty("files/file0.txt").GetProperty("error").GetString(), StringComparison.Ordinal);

        // Same length, different bytes: the hash check catches it.
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "targets"), "*", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, new string('X', original.Length));
        }

        var (sameLengthOk, sameLength) = await TufJs(repo, temp.Combine("client2"), "files/file0.txt");
        Assert.False(sameLengthOk);
        Assert.Contains("hash", sameLength.GetProperty("targets").GetProperty("files/file0.txt").GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Tuf_js_rejects_a_tampered_bin()
    {
        using var temp = new TempDirectory("bonded-tufjs");
        var repo = await PublishedRepository(temp);
        var bin = Directory.GetFiles(Path.Combine(repo, "metadata"), "2.bins-*.json").Single();
        var text = File.ReadAllText(bin);
        var tampered = System.Text.RegularExpressions.Regex.Replace(text, "\"length\":(\\d+)", "\"length\":999");
        Assert.NotEqual(text, tampered);
        File.WriteAllText(bin, tampered);

        var (ok, result) = await TufJs(repo, temp.Combine("client"), "files/file0.txt");
        Assert.False(ok);
        Assert.Contains("was signed by 0/1 keys", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tuf_js_rejects_an_expired_timestamp()
    {
        using var temp = new TempDirectory("bonded-tufjs");
        var repo = await PublishedRepository(temp);
        // Publish again with the clock three days back: every new role expires two days ago.
        var result = await ProcessRunner.RunAsync("faketime", ["-f", "-3d", "dotnet", BondedDll, "tuf", "publish", "--repo", repo]);
        Assert.True(result.ExitCode == 0, result.ToString());

        var (ok, client) = await TufJs(repo, temp.Combine("client"), "files/file0.txt");
        Assert.False(ok);
        Assert.Contains("timestamp.json is expired", client.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> PublishedRepository(TempDirectory temp)
    {
        var repo = temp.Combine("repo");
        var files = WriteFiles(temp, 1);
        await Bonded("tuf", "init", "--repo", repo, "--bins", "8", "--succinct");
        await Bonded("tuf", "add", "--repo", repo, "--prefix", "files", files[0]);
        await Bonded("tuf", "publish", "--repo", repo);
        var (ok, result) = await TufJs(repo, temp.Combine("baseline"), "files/file0.txt");
        Assert.True(ok, result.ToString());
        return repo;
    }

    private static string[] WriteFiles(TempDirectory temp, int count)
    {
        var directory = temp.Combine("inputs");
        Directory.CreateDirectory(directory);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var path = Path.Combine(directory, $"file{i}.txt");
            File.WriteAllText(path, $"content {i} " + new string('x', i * 100));
            return path;
        })];
    }

    private static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    private static Task<ProcessResult> Bonded(params string[] arguments) => BondedChecked(arguments);

    private static async Task<ProcessResult> BondedChecked(string[] arguments)
    {
        var result = await ProcessRunner.RunAsync("dotnet", [BondedDll, .. arguments], timeout: TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, $"bonded {string.Join(' ', arguments)}\n{result}");
        return result;
    }

    private static async Task<(bool Ok, JsonElement Result)> TufJs(string repo, string work, params string[] targets)
    {
        var result = await ProcessRunner.RunAsync("node", [Path.Combine(NodeDirectory, "tuf-check.mjs"), repo, work, .. targets], NodeDirectory, timeout: TimeSpan.FromMinutes(2));
        var line = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        Assert.True(line.StartsWith('{'), result.ToString());
        using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(line));
        return (result.ExitCode == 0, document.RootElement.Clone());
    }

    private static string FindBondedDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        for (var directory = output; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "Cli", "bin", configuration, framework, "bonded.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return BondedTool.DllPath;
    }

    private static string FindNodeDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Integration", "node");
            if (File.Exists(Path.Combine(candidate, "tuf-check.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Integration/node not found above " + AppContext.BaseDirectory);
    }
}
