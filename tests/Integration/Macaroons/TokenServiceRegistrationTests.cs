using Bonded.Auth;
using Bonded.Auth.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bonded.Integration.Tests.Macaroons;

/// <summary><c>services.AddRegistryAuth(...)</c> as a host uses it for tokens.</summary>
public sealed class TokenServiceRegistrationTests
{
    [Fact]
    public async Task Registers_a_working_token_service_with_configured_options()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRegistryAuth(o => o.Tokens.Prefix = "bonded-");
        services.AddRegistryAuth();
        using var provider = services.BuildServiceProvider();
        var tokens = provider.GetRequiredService<ApiTokenService>();
        Assert.Same(tokens, provider.GetRequiredService<ApiTokenService>());
        Assert.IsType<InMemoryApiTokenStore>(provider.GetRequiredService<IApiTokenStore>());
        Assert.NotNull(provider.GetRequiredService<LeakedTokenReportHandler>());
        var created = await tokens.CreateAsync(ApiTokenSpec.ForProjects("alice", "di", ["p"], null));
        Assert.StartsWith("bonded-", created.Token, StringComparison.Ordinal);
        Assert.True((await tokens.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
        Assert.True(await tokens.RevokeAsync(created.Record.Id));
    }

    [Fact]
    public void A_store_registered_by_the_host_wins()
    {
        var services = new ServiceCollection();
        var store = new InMemoryApiTokenStore();
        services.AddSingleton<IApiTokenStore>(store);
        services.AddRegistryAuth();
        using var provider = services.BuildServiceProvider();
        Assert.Same(store, provider.GetRequiredService<IApiTokenStore>());
    }

    [Fact]
    public void Invalid_token_options_are_reported_together()
    {
        var services = new ServiceCollection();
        services.AddRegistryAuth(o =>
        {
            o.Tokens.Prefix = "bad prefix";
            o.Tokens.RootKeyBytes = 8;
        });
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RegistryAuthOptions>>().Value);
        Assert.Contains(e.Failures, f => f.Contains("Prefix", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains("RootKeyBytes", StringComparison.Ordinal));
    }
}
