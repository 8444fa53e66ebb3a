using System.Net;
using Bonded.Auth.WebAuthn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

/// <summary>Settings read from configuration (command line here): the MFA policy, the WebAuthn relying party, admin command warnings.</summary>
public sealed class HostConfigurationTests
{
    [Fact]
    public async Task The_mfa_policy_from_configuration_requires_two_factor_only_for_critical_projects()
    {
        await using var server = await LocalIndexServer.StartAsync(null, "--LocalIndex:Mfa:Requirement=CriticalProjects", "--LocalIndex:Mfa:CriticalProjects:0=critical-pkg");
        var token = await LocalIndexAdmin.UserWithTokenAsync(server.DataDirectory, "carol", withTotp: false);

        using var plain = await LegacyUploadClient.UploadAsync(server.Client, token, Distributions.WheelName("plain-pkg", "1.0"), Distributions.Wheel("plain-pkg", "1.0"), "plain-pkg", "1.0");
        using var critical = await LegacyUploadClient.UploadAsync(server.Client, token, Distributions.WheelName("critical-pkg", "1.0"), Distributions.Wheel("critical-pkg", "1.0"), "critical-pkg", "1.0");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, critical.StatusCode);
        Assert.Contains("two-factor authentication", critical.ReasonPhrase ?? "", StringComparison.Ordinal);
        Assert.Null(await server.Store.FindProjectAsync("critical-pkg"));
    }

    [Fact]
    public async Task The_account_page_follows_the_mfa_policy_when_it_says_two_factor_will_soon_be_needed()
    {
        await using var server = await LocalIndexServer.StartAsync(null, "--LocalIndex:Mfa:EnforcedFrom=2999-01-01T00:00:00Z");
        await LocalIndexAdmin.RunAsync("user", "add", "--data", server.DataDirectory, "--username", "gina", "--email", "gina@example.test", "--password", LocalIndexAdmin.Password);
        using var web = new WebSession(server.BaseAddress);

        await web.GetAsync("account/login");
        var (status, page) = await web.PostAsync("account/login", new Dictionary<string, string> { ["username"] = "gina", ["password"] = LocalIndexAdmin.Password });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Uploading will soon need two-factor authentication", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_configuration_the_webauthn_origins_are_the_listening_addresses_on_localhost()
    {
        await using var server = await LocalIndexServer.StartAsync();
        var webAuthn = server.Services.GetRequiredService<IOptions<WebAuthnOptions>>().Value;

        Assert.Equal("localhost", webAuthn.RelyingPartyId);
        Assert.Equal([$"http://localhost:{server.BaseAddress.Port}"], webAuthn.Origins);
    }

    [Fact]
    public async Task A_public_url_behind_a_proxy_sets_the_webauthn_relying_party_and_its_only_origin()
    {
        await using var server = await LocalIndexServer.StartAsync(null, "--LocalIndex:PublicUrl=https://index.example.test/");
        var webAuthn = server.Services.GetRequiredService<IOptions<WebAuthnOptions>>().Value;

        Assert.Equal("index.example.test", webAuthn.RelyingPartyId);
        Assert.Equal(["https://index.example.test"], webAuthn.Origins);
    }

    [Fact]
    public async Task Configured_webauthn_relying_party_and_origins_are_used_as_given()
    {
        await using var server = await LocalIndexServer.StartAsync(
            null, "--LocalIndex:WebAuthn:RelyingPartyId=example.test", "--LocalIndex:WebAuthn:Origins:0=https://pkgs.example.test", "--LocalIndex:WebAuthn:Origins:1=https://example.test:8443");
        var webAuthn = server.Services.GetRequiredService<IOptions<WebAuthnOptions>>().Value;

        Assert.Equal("example.test", webAuthn.RelyingPartyId);
        Assert.Equal(["https://example.test:8443", "https://pkgs.example.test"], webAuthn.Origins.Order(StringComparer.Ordinal));
    }
}
