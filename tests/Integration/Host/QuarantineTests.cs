using System.Net;
using System.Text.RegularExpressions;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

/// <summary>A threat verdict quarantines the upload (PEP 792); a moderator releases it on the review page; then pip installs it.</summary>
public sealed partial class QuarantineTests
{
    /// <summary>Inert: the "payload" only prints a word, but it is hidden behind exec(base64), which the scanner flags.</summary>
    private const string InertTrigger = "import base64\nexec(base64.b64decode(\"cHJpbnQoImluZXJ0Iik=\"))\n";

    [Fact]
    public async Task A_flagged_upload_is_quarantined_invisible_to_pip_and_installable_after_a_moderator_releases_it()
    {
        await using var server = await LocalIndexServer.StartAsync();
        using var work = new TempDirectory("bonded-quarantine");
        var token = await LocalIndexAdmin.UserWithTokenAsync(server.DataDirectory, "uploader", withTotp: true);
        await LocalIndexAdmin.RunAsync("user", "add", "--data", server.DataDirectory, "--username", "mod", "--email", "mod@example.test", "--password", LocalIndexAdmin.Password, "--totp-secret", LocalIndexAdmin.TotpSecret);
        await LocalIndexAdmin.RunAsync("moderator", "add", "--data", server.DataDirectory, "--username", "mod");

        var wheel = work.Combine(Distributions.WheelName("held-pkg", "1.0"));
        await File.WriteAllBytesAsync(wheel, Distributions.Wheel("held-pkg", "1.0", moduleSource: InertTrigger));
        var upload = await PythonTools.TwineUploadAsync(server.BaseAddress, token, [wheel], work.Path);
        Assert.True(upload.ExitCode == 0, upload.ToString());

        // Quarantined: the project page says so (PEP 792) and lists nothing, the file is not served, pip finds nothing.
        using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri("simple/held-pkg/", UriKind.Relative)))
        {
            request.Headers.Accept.ParseAdd("application/vnd.pypi.simple.v1+json");
            using var page = await server.Client.SendAsync(request);
            var json = await page.Content.ReadAsStringAsync();
            Assert.Contains("quarantined", json, StringComparison.Ordinal);
            Assert.DoesNotContain(".whl", json, StringComparison.Ordinal);
        }

        using (var download = await server.Client.GetAsync(new Uri($"files/held-pkg/{Distributions.WheelName("held-pkg", "1.0")}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        }

        var target = work.Combine("site");
        var refused = await PythonTools.PipInstallAsync(server.BaseAddress, target, work.Path, "held-pkg");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(target, "held_pkg")));

        // The moderator reads the report with its evidence and releases the file.
        using var moderator = new WebSession(server.BaseAddress);
        await moderator.LogInAsync("mod", LocalIndexAdmin.Password, LocalIndexAdmin.TotpSecret);
        var queue = await moderator.GetAsync("admin/review");
        Assert.Contains(Distributions.WheelName("held-pkg", "1.0"), queue, StringComparison.Ordinal);
        Assert.Contains("obfuscated-exec", queue, StringComparison.Ordinal);
        Assert.Contains("b64decode", queue, StringComparison.Ordinal);
        var release = ReleaseAction().Match(queue);
        Assert.True(release.Success, queue);
        var (status, after) = await moderator.PostAsync(release.Value.Split('"')[1]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Nothing to review", after, StringComparison.Ordinal);

        var install = await PythonTools.PipInstallAsync(server.BaseAddress, target, work.Path, "held-pkg");
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.True(File.Exists(Path.Combine(target, "held_pkg", "__init__.py")));
    }

    [GeneratedRegex("action=\"/admin/review/\\d+/release\"")]
    private static partial Regex ReleaseAction();
}
