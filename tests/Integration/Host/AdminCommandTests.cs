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

    [Fact]
    public async Task A_token_with_a_forged_signature_is_refused_and_recorded_in_the_audit_log()
    {
        await using var server = await LocalIndexServer.StartAsync();
        var token = await LocalIndexAdmin.UserWithTokenAsync(server.DataDirectory, "erin", withTotp: true, "erin-pkg");
        var genuine = Bonded.Auth.Macaroons.Macaroon.Parse(token["pypi-".Length..]);
        var forged = "pypi-" + Bonded.Auth.Macaroons.Macaroon.Create(new byte[32], genuine.Identifier.Span, genuine.Location).Serialize();

        using var upload = await LegacyUploadClient.UploadAsync(server.Client, forged, Distributions.WheelName("erin-pkg", "1.0"), Distributions.Wheel("erin-pkg", "1.0"), "erin-pkg", "1.0");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Contains("Invalid API Token", upload.ReasonPhrase ?? "", StringComparison.Ordinal);
        var user = await server.Store.FindUserAsync("erin");
        IReadOnlyList<LocalIndex.Storage.AuditEntry> log = [];
        for (var i = 0; i < 50 && !log.Any(e => e.Event == "token.invalid-signature"); i++)
        {
            await Task.Delay(100);
            log = await server.Store.GetAuditLogAsync(user!.Id, 100);
        }

        Assert.Contains(log, e => e.Event == "token.invalid-signature");
    }

    [Fact]
    public async Task An_admin_command_without_data_uses_the_data_folder_the_configuration_names()
    {
        using var data = new TempDirectory("bonded-admin-env");
        var dll = Path.Combine(AppContext.BaseDirectory, "LocalIndex.dll");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["LocalIndex__DataDirectory"] = data.Path };

        var add = await ProcessRunner.RunAsync("dotnet", [dll, "user", "add", "--username", "frank", "--email", "frank@example.test", "--password", LocalIndexAdmin.Password], environment: environment, timeout: TimeSpan.FromMinutes(1));
        var token = await ProcessRunner.RunAsync("dotnet", [dll, "token", "create", "--username", "frank", "--project", "frank-pkg"], environment: environment, timeout: TimeSpan.FromMinutes(1));

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.True(File.Exists(Path.Combine(data.Path, "index.db")), "the user was not written to the configured data folder");
        Assert.True(token.ExitCode == 0, token.ToString());
        Assert.StartsWith("pypi-", token.StandardOutput.Trim(), StringComparison.Ordinal);
    }
}
