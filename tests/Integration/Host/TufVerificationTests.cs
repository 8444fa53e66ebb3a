using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

/// <summary>tuf-js verifies what the host serves against <c>/tuf/</c>, and rejects a file altered on disk behind the host's back.</summary>
public sealed class TufVerificationTests
{
    [Fact]
    public async Task Tuf_js_verifies_a_download_and_its_simple_page_and_rejects_a_file_altered_on_disk()
    {
        await using var server = await LocalIndexServer.StartAsync();
        using var work = new TempDirectory("bonded-tufjs");
        var token = await LocalIndexAdmin.UserWithTokenAsync(server.DataDirectory, "tess", withTotp: true);
        foreach (var version in new[] { "1.0", "2.0" })
        {
            using var response = await LegacyUploadClient.UploadAsync(server.Client, token, Distributions.WheelName("signed-pkg", version), Distributions.Wheel("signed-pkg", version), "signed-pkg", version);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var good = $"files/signed-pkg/{Distributions.WheelName("signed-pkg", "1.0")}";
        var tampered = $"files/signed-pkg/{Distributions.WheelName("signed-pkg", "2.0")}";
        var verified = await TufJs.DownloadAsync(server.BaseAddress, server.Client, work.Combine("first"), good, "simple/signed-pkg/index.html", "simple/signed-pkg/index.v1_json", "simple/index.html");
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.Contains($"OK {good}", verified.StandardOutput, StringComparison.Ordinal);

        // Someone with access to the storage swaps the bytes of a published file.
        var onDisk = Path.Combine(server.DataDirectory, "files", "signed-pkg", Distributions.WheelName("signed-pkg", "2.0"));
        await File.WriteAllBytesAsync(onDisk, Distributions.Wheel("signed-pkg", "2.0", moduleSource: "import os  # not what was uploaded\n"));

        var rejected = await TufJs.DownloadAsync(server.BaseAddress, server.Client, work.Combine("second"), good, tampered);
        Assert.Equal(1, rejected.ExitCode);
        Assert.Contains($"OK {good}", rejected.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"FAIL {tampered}", rejected.StandardOutput, StringComparison.Ordinal);

        // The same with Bonded's own client, as the README's tour runs it.
        var client = work.Combine("bonded-client");
        var root = work.Combine("root.json");
        await File.WriteAllBytesAsync(root, await server.Client.GetByteArrayAsync(new Uri("tuf/1.root.json", UriKind.Relative)));
        // bonded.dll beside the tests lacks Microsoft.Extensions.Logging.Abstractions (the web host's shared framework
        // supplies it there), so run the CLI from its own output through the conformance entrypoint.
        var entrypoint = Path.GetFullPath(Path.Combine(TufJs.NodeDirectory, "..", "..", "conformance", "bonded-tuf-client"));
        string[] common = ["--metadata-dir", client, "--metadata-url", new Uri(server.BaseAddress, "tuf/").ToString(), "--target-base-url", server.BaseAddress.ToString(), "--target-dir", work.Combine("downloads")];
        var init = await ProcessRunner.RunAsync(entrypoint, [.. common, "init", root]);
        Assert.True(init.ExitCode == 0, init.ToString());
        var ok = await ProcessRunner.RunAsync(entrypoint, [.. common, "--target-name", good, "download"]);
        Assert.True(ok.ExitCode == 0, ok.ToString());
        var bad = await ProcessRunner.RunAsync(entrypoint, [.. common, "--target-name", tampered, "download"]);
        Assert.True(bad.ExitCode == 1, bad.ToString());
    }
}
