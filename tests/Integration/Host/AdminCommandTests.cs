using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

/// <summary>The admin commands of the LocalIndex executable, run as a separate process the way scripts use them.</summary>
public sealed class AdminCommandTests
{
    [Fact]
    public async Task A_token_without_project_is_still_made_but_a_warning_recommending_project_goes_to_stderr()
    {
        using var data = new TempDirectory("bonded-admin");
        await LocalIndexAdmin.RunAsync("user", "add", "--data", data.Path, "--username", "dave", "--email", "dave@example.test", "--password", LocalIndexAdmin.Password);
        var dll = Path.Combine(AppContext.BaseDirectory, "LocalIndex.dll");

        var unscoped = await ProcessRunner.RunAsync("dotnet", [dll, "token", "create", "--data", data.Path, "--username", "dave"], timeout: TimeSpan.FromMinutes(1));
        var scoped = await ProcessRunner.RunAsync("dotnet", [dll, "token", "create", "--data", data.Path, "--username", "dave", "--project", "dave-pkg"], timeout: TimeSpan.FromMinutes(1));
        var help = await ProcessRunner.RunAsync("dotnet", [dll, "--help"], timeout: TimeSpan.FromMinutes(1));

        Assert.True(unscoped.ExitCode == 0, unscoped.ToString());
        Assert.StartsWith("pypi-", unscoped.StandardOutput.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', unscoped.StandardOutput.Trim());
        Assert.Contains("warning", unscoped.StandardError, StringComparison.Ordinal);
        Assert.Contains("--project", unscoped.StandardError, StringComparison.Ordinal);
        Assert.True(scoped.ExitCode == 0, scoped.ToString());
        Assert.DoesNotContain("warning", scoped.StandardError, StringComparison.Ordinal);
        Assert.Contains("without --project the token is valid for every project", help.StandardOutput, StringComparison.Ordinal);
    }
}
