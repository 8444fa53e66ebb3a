using System.Text.Json;
using Bonded.Auth.Tokens;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Macaroons;

/// <summary>The <c>bonded token</c> commands on tokens minted by <see cref="ApiTokenService"/>.</summary>
public sealed class TokenCliTests
{
    private static async Task<CreatedApiToken> MintAsync()
    {
        var service = new ApiTokenService(new InMemoryApiTokenStore(), new ApiTokenOptions(), TimeProvider.System);
        return await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "cli", ["sample-project"], TimeProvider.System.GetUtcNow().AddDays(1)));
    }

    [Fact]
    public async Task Inspect_prints_location_identifier_caveats_and_signature_as_json()
    {
        var created = await MintAsync();
        var result = await BondedTool.RunAsync("token", "inspect", created.Token, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        Assert.Equal("localhost", root.GetProperty("location").GetString());
        Assert.Equal(created.Record.Id, root.GetProperty("identifier").GetString());
        Assert.Equal(["expiry", "project-names", "user"], root.GetProperty("caveats").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(64, root.GetProperty("signature").GetString()!.Length);
    }

    [Fact]
    public async Task Attenuated_token_verifies_only_within_its_new_limits()
    {
        var created = await MintAsync();
        var key = Convert.ToHexStringLower(created.Record.RootKey);
        var attenuated = await BondedTool.RunAsync("token", "attenuate", created.Token, "--caveat", "project:other-project");
        Assert.True(attenuated.ExitCode == 0, attenuated.ToString());
        var narrower = attenuated.StandardOutput.Trim();
        Assert.StartsWith("pypi-", narrower, StringComparison.Ordinal);

        var original = await BondedTool.RunAsync("token", "verify", created.Token, "--key", key, "--project", "sample-project", "--user", "alice");
        Assert.True(original.ExitCode == 0, original.ToString());

        // Both project caveats must hold: no project satisfies both.
        var refused = await BondedTool.RunAsync("token", "verify", narrower, "--key", key, "--project", "sample-project", "--user", "alice", "--format", "json");
        Assert.Equal(1, refused.ExitCode);
        using var json = JsonDocument.Parse(refused.StandardOutput);
        Assert.Equal("CaveatNotSatisfied", json.RootElement.GetProperty("failure").GetString());
    }

    [Fact]
    public async Task Verify_with_the_wrong_key_exits_1_and_garbage_is_refused()
    {
        var created = await MintAsync();
        var wrong = await BondedTool.RunAsync("token", "verify", created.Token, "--key", new string('a', 64), "--project", "sample-project", "--user", "alice");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("signatures do not match", wrong.StandardOutput, StringComparison.Ordinal);
        var garbage = await BondedTool.RunAsync("token", "inspect", "pypi-%%%");
        Assert.Equal(2, garbage.ExitCode);
        Assert.Contains("not a token", garbage.StandardError, StringComparison.Ordinal);
    }
}
