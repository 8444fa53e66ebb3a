using System.Net;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

/// <summary>Headless Chromium with a CDP virtual authenticator: security-key enrolment and login on the real pages, then a token that uploads.</summary>
public sealed class BrowserTests
{
    [Fact]
    public async Task Chromium_enrols_a_security_key_logs_in_with_it_and_creates_a_token_that_uploads()
    {
        await using var server = await LocalIndexServer.StartAsync();
        var node = TufJs.NodeDirectory;
        Assert.True(Directory.Exists(Path.Combine(node, "node_modules", "playwright-core")), "run `npm ci` in tests/Integration/node (test.sh does)");
        var shots = Path.GetFullPath(Path.Combine(node, "..", "..", "..", "test-artifacts", "screenshots"));

        // WebAuthn needs a domain as relying party id: the browser talks to localhost.
        var baseUrl = $"http://localhost:{server.BaseAddress.Port}/";
        var run = await ProcessRunner.RunAsync("node", [Path.Combine(node, "host-webauthn.js"), baseUrl, shots, "keyholder", "key-pkg"], node, timeout: TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.ToString());
        var token = run.StandardOutput.Split('\n').Single(l => l.StartsWith("TOKEN ", StringComparison.Ordinal))[6..].Trim();
        Assert.True(File.Exists(Path.Combine(shots, "07-second-factor.png")));
        Assert.True(File.Exists(Path.Combine(shots, "08-tokens.png")));

        // The key is the account's second factor, so the token made in the browser uploads.
        using var upload = await LegacyUploadClient.UploadAsync(server.Client, token, Distributions.WheelName("key-pkg", "1.0"), Distributions.Wheel("key-pkg", "1.0"), "key-pkg", "1.0");
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var user = await server.Store.FindUserAsync("keyholder");
        Assert.Equal(1, user!.WebAuthnCount);
    }
}
