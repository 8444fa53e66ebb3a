using System.Net;
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
}
