using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

/// <summary>Debian's twine uploads and the machine's pip installs, unchanged, against the running host.</summary>
public sealed class TwinePipTests
{
    [Fact]
    public async Task Twine_uploads_with_a_project_token_and_pip_installs_it_the_token_is_refused_elsewhere_and_after_revocation()
    {
        await using var server = await LocalIndexServer.StartAsync();
        using var work = new TempDirectory("bonded-twine");
        var token = await LocalIndexAdmin.UserWithTokenAsync(server.DataDirectory, "alice", withTotp: true, "demo-pkg");

        var wheel = work.Combine(Distributions.WheelName("demo-pkg", "1.0.0"));
        var sdist = work.Combine(Distributions.SdistName("demo-pkg", "1.0.0"));
        await File.WriteAllBytesAsync(wheel, Distributions.Wheel("demo-pkg", "1.0.0"));
        await File.WriteAllBytesAsync(sdist, Distributions.Sdist("demo-pkg", "1.0.0"));

        var upload = await PythonTools.TwineUploadAsync(server.BaseAddress, token, [wheel, sdist], work.Path);
        Assert.True(upload.ExitCode == 0, upload.ToString());

        // An identical re-upload is accepted (200); twine says nothing is wrong.
        var again = await PythonTools.TwineUploadAsync(server.BaseAddress, token, [wheel], work.Path);
        Assert.True(again.ExitCode == 0, again.ToString());

        var target = work.Combine("site");
        var install = await PythonTools.PipInstallAsync(server.BaseAddress, target, work.Path, "demo-pkg==1.0.0");
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.True(File.Exists(Path.Combine(target, "demo_pkg", "__init__.py")), install.ToString());

        // A different file under an existing name: 400 File already exists.
        await File.WriteAllBytesAsync(wheel, Distributions.Wheel("demo-pkg", "1.0.0", moduleSource: "CHANGED = True\n"));
        var clash = await PythonTools.TwineUploadAsync(server.BaseAddress, token, [wheel], work.Path);
        Assert.NotEqual(0, clash.ExitCode);
        Assert.Contains("400", clash.StandardOutput + clash.StandardError, StringComparison.Ordinal);
        Assert.Contains("File already exists", clash.StandardOutput + clash.StandardError, StringComparison.Ordinal);

        // The same token for another project: refused with the reason.
        var other = work.Combine(Distributions.WheelName("other-pkg", "1.0.0"));
        await File.WriteAllBytesAsync(other, Distributions.Wheel("other-pkg", "1.0.0"));
        var elsewhere = await PythonTools.TwineUploadAsync(server.BaseAddress, token, [other], work.Path);
        Assert.NotEqual(0, elsewhere.ExitCode);
        Assert.Contains("403", elsewhere.StandardOutput + elsewhere.StandardError, StringComparison.Ordinal);
        Assert.Contains("not valid for project", elsewhere.StandardOutput + elsewhere.StandardError, StringComparison.Ordinal);

        // Revoked on the tokens page: the token's root key is deleted, so it no longer verifies.
        using (var web = new WebSession(server.BaseAddress))
        {
            await web.LogInAsync("alice", LocalIndexAdmin.Password, LocalIndexAdmin.TotpSecret);
            var page = await web.GetAsync("account/tokens");
            var revoke = System.Text.RegularExpressions.Regex.Match(page, "action=\"(/account/tokens/[^\"]+/revoke)\"");
            Assert.True(revoke.Success, page);
            var (status, after) = await web.PostAsync(revoke.Groups[1].Value);
            Assert.Equal(System.Net.HttpStatusCode.OK, status);
            Assert.DoesNotContain("/revoke", after, StringComparison.Ordinal);
        }

        var next = work.Combine(Distributions.WheelName("demo-pkg", "1.1.0"));
        await File.WriteAllBytesAsync(next, Distributions.Wheel("demo-pkg", "1.1.0"));
        var revoked = await PythonTools.TwineUploadAsync(server.BaseAddress, token, [next], work.Path);
        Assert.NotEqual(0, revoked.ExitCode);
        Assert.Contains("403", revoked.StandardOutput + revoked.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_without_two_factor_authentication_is_refused_with_a_clear_message()
    {
        await using var server = await LocalIndexServer.StartAsync();
        using var work = new TempDirectory("bonded-twine");
        var token = await LocalIndexAdmin.UserWithTokenAsync(server.DataDirectory, "bob", withTotp: false);
        var wheel = work.Combine(Distributions.WheelName("bob-pkg", "1.0"));
        await File.WriteAllBytesAsync(wheel, Distributions.Wheel("bob-pkg", "1.0"));

        var upload = await PythonTools.TwineUploadAsync(server.BaseAddress, token, [wheel], work.Path);

        Assert.NotEqual(0, upload.ExitCode);
        Assert.Contains("two-factor authentication", upload.StandardOutput + upload.StandardError, StringComparison.Ordinal);
        using var page = await server.Client.GetAsync(new Uri("simple/bob-pkg/", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.StatusCode);
    }
}
