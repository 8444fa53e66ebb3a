using System.Security.Cryptography;
using Bonded.Integration.Tests.Infrastructure;
using Bonded.Tuf;

namespace Bonded.Integration.Tests.Tuf;

/// <summary>
/// <c>bonded tuf-client</c> through <c>tests/conformance/bonded-tuf-client</c>, the entrypoint the tuf-conformance suite
/// runs (CI has no copy of the suite): the CLIENT-CLI.md commands against a repository written by Bonded.Tuf.
/// </summary>
public sealed class TufClientCliTests
{
    private static readonly string Wrapper = FindWrapper();

    [Fact]
    public async Task Init_refresh_and_download_follow_the_client_cli_protocol()
    {
        using var temp = new TempDirectory("bonded-tuf-client-cli");
        var repo = await WriteRepositoryAsync(temp, "wheel contents"u8.ToArray());
        var metadata = temp.Combine("client", "metadata");
        var targets = temp.Combine("client", "targets");
        Directory.CreateDirectory(metadata);

        // init copies the trusted root only: a repository URL is not even given.
        Assert.Equal(0, (await Client("--metadata-dir", metadata, "init", Path.Combine(repo, "metadata", "1.root.json"))).ExitCode);
        Assert.Equal(["root.json"], Directory.GetFiles(metadata).Select(Path.GetFileName));

        var refresh = await Client("--metadata-url", new Uri(Path.Combine(repo, "metadata") + "/").AbsoluteUri, "--metadata-dir", metadata, "refresh");
        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        Assert.Equal(["root.json", "snapshot.json", "targets.json", "timestamp.json"], Directory.GetFiles(metadata).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var download = await Download(repo, metadata, targets, "files/demo/demo-1.0.whl", "files/demo/demo-1.0.whl");
        Assert.True(download.ExitCode == 0, download.ToString());
        Assert.Equal("wheel contents", await File.ReadAllTextAsync(Path.Combine(targets, "files%2Fdemo%2Fdemo-1.0.whl")));

        // An unknown target fails the whole command with exit code 1.
        Assert.Equal(1, (await Download(repo, metadata, targets, "files/demo/demo-1.0.whl", "files/none.whl")).ExitCode);
    }

    [Fact]
    public async Task A_tampered_target_fails_with_exit_code_1_and_is_not_stored()
    {
        using var temp = new TempDirectory("bonded-tuf-client-cli");
        var repo = await WriteRepositoryAsync(temp, "wheel contents"u8.ToArray());
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "targets"), "*", SearchOption.AllDirectories))
        {
            await File.WriteAllTextAsync(file, "wheel c0ntents");
        }

        var metadata = temp.Combine("client", "metadata");
        var targets = temp.Combine("client", "targets");
        Directory.CreateDirectory(metadata);
        File.Copy(Path.Combine(repo, "metadata", "1.root.json"), Path.Combine(metadata, "root.json"));

        var download = await Download(repo, metadata, targets, "files/demo/demo-1.0.whl");
        Assert.Equal(1, download.ExitCode);
        Assert.Contains("LengthOrHashMismatchException", download.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(targets) && Directory.EnumerateFiles(targets).Any());
    }

    private static Task<ProcessResult> Download(string repo, string metadata, string targets, params string[] names) =>
        Client([
            "--metadata-url", Path.Combine(repo, "metadata"), "--metadata-dir", metadata,
            .. names.SelectMany(name => new[] { "--target-name", name }),
            "--target-base-url", Path.Combine(repo, "targets"), "--target-dir", targets, "download",
        ]);

    private static Task<ProcessResult> Client(params string[] arguments) =>
        ProcessRunner.RunAsync(Wrapper, arguments, timeout: TimeSpan.FromMinutes(3));

    /// <summary>A repository with 16 succinct bins and one target, written by Bonded.Tuf into <c>repo/metadata</c> and <c>repo/targets</c>.</summary>
    private static async Task<string> WriteRepositoryAsync(TempDirectory temp, byte[] content)
    {
        var repo = temp.Combine("repo");
        using var root = LocalSigner.Generate(KeyTypes.Ed25519);
        using var targetsKey = LocalSigner.Generate(KeyTypes.Ed25519);
        using var snapshot = LocalSigner.Generate(KeyTypes.Ed25519);
        using var timestamp = LocalSigner.Generate(KeyTypes.Ed25519);
        using var bins = LocalSigner.Generate(KeyTypes.Ed25519);
        var signers = new TufSigners { Root = root, Targets = targetsKey, Snapshot = snapshot, Timestamp = timestamp, Bins = bins };
        var repository = await TufRepository.CreateAsync(new FileSystemTufStorage(Path.Combine(repo, "metadata")),
            new TufRepositoryOptions { BinCount = 16, SuccinctBins = true }, signers);
        var target = TargetFile.FromData("files/demo/demo-1.0.whl", content);
        repository.AddTargets([target]);
        await repository.PublishAsync();
        foreach (var hash in target.Hashes.Values)
        {
            var path = Path.Combine(repo, "targets", "files", "demo", $"{hash}.demo-1.0.whl");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, content);
        }

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), target.Hashes["sha256"]);
        return repo;
    }

    private static string FindWrapper()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "conformance", "bonded-tuf-client");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/conformance/bonded-tuf-client not found above " + AppContext.BaseDirectory);
    }
}
