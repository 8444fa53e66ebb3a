using Bonded.Auth.Otp;
using Bonded.Auth.Passwords;
using Bonded.Auth.Policy;
using Bonded.Auth.Recovery;
using Bonded.Auth.WebAuthn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bonded.Auth.Tests.DependencyInjection;

public sealed class MfaServiceRegistrationTests
{
    [Fact]
    public void Resolves_the_MFA_services_with_configured_options()
    {
        var services = new ServiceCollection().AddRegistryAuth(o =>
        {
            o.Totp.Issuer = "Example Index";
            o.Passwords.MemorySizeKiB = 64;
        });
        services.AddRegistryAuth();
        using var provider = services.BuildServiceProvider(validateScopes: true);
        using var enrollment = provider.GetRequiredService<TotpAuthenticator>().Enroll("alice");
        Assert.Equal("Example Index", enrollment.Uri.Issuer);
        Assert.Contains("m=64,", provider.GetRequiredService<PasswordHasher>().Hash("pw"), StringComparison.Ordinal);
        Assert.NotNull(provider.GetRequiredService<WebAuthnService>());
        Assert.NotNull(provider.GetRequiredService<RecoveryCodes>());
        Assert.Equal(MfaRequirementLevel.NotRequired, provider.GetRequiredService<MfaPolicy>().GetRequirementForProject("x"));
    }

    [Fact]
    public async Task Keeps_stores_the_host_registered_first()
    {
        var services = new ServiceCollection();
        var audit = new InMemoryAuditSink();
        services.AddSingleton<IAuditSink>(audit);
        services.AddRegistryAuth(o => o.Policy.SecondFactorPerUser.PermitLimit = 1);
        using var provider = services.BuildServiceProvider();
        var policy = provider.GetRequiredService<MfaPolicy>();
        Assert.True((await policy.CheckAttemptAsync(AttemptKind.SecondFactor, "alice", null)).IsAllowed);
        Assert.False((await policy.CheckAttemptAsync(AttemptKind.SecondFactor, "alice", null)).IsAllowed);
        Assert.Single(audit.Events);

        var totp = provider.GetRequiredService<TotpAuthenticator>();
        using var key = OtpKey.Generate();
        var code = Hotp.Compute(key, TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 30);
        Assert.Equal(OtpVerificationResult.Accepted, await totp.VerifyAsync("alice", key, code));
        Assert.Equal(OtpVerificationResult.Replayed, await totp.VerifyAsync("alice", key, code));
        Assert.Contains(audit.Events, e => e.Kind == AuditEventKind.TotpReplayed);
    }

    [Fact]
    public void Reports_every_invalid_option_at_once()
    {
        var services = new ServiceCollection().AddRegistryAuth(o =>
        {
            o.Totp.Digits = 12;
            o.Passwords.Iterations = 0;
            o.WebAuthn.RelyingPartyId = "https://bad";
            o.RecoveryCodes.Count = 0;
            o.Policy.LoginPerAddress.PermitLimit = 0;
        });
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RegistryAuthOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains("Totp.Digits", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Passwords.Iterations", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("WebAuthn.RelyingPartyId", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("RecoveryCodes.Count", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Policy.LoginPerAddress.PermitLimit", StringComparison.Ordinal));
    }
}
