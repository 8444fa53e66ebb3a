using Bonded.Auth.Otp;
using Bonded.Auth.Passwords;
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
    }

    [Fact]
    public void Reports_every_invalid_option_at_once()
    {
        var services = new ServiceCollection().AddRegistryAuth(o =>
        {
            o.Totp.Digits = 12;
            o.Passwords.Iterations = 0;
        });
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RegistryAuthOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains("Totp.Digits", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Passwords.Iterations", StringComparison.Ordinal));
    }
}
