using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bonded.Auth;

/// <summary>Registers Bonded.Auth in a service collection.</summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>Adds API tokens, TOTP, WebAuthn, recovery codes, password hashing and MFA policy.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; optional.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddRegistryAuth(this IServiceCollection services, Action<RegistryAuthOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RegistryAuthOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        AuthServiceRegistration.AddTokenServices(services);
        AuthServiceRegistration.AddMfaServices(services);
        return services;
    }
}

/// <summary>Each part of the library registers its own services in a file of its own.</summary>
internal static partial class AuthServiceRegistration
{
    /// <summary>Macaroons and registry tokens (Tokens/, Macaroons/).</summary>
    static partial void AddTokenServicesCore(IServiceCollection services);

    /// <summary>TOTP, WebAuthn, recovery codes, passwords and policy (Otp/, WebAuthn/, Recovery/, Passwords/, Policy/).</summary>
    static partial void AddMfaServicesCore(IServiceCollection services);

    internal static void AddTokenServices(IServiceCollection services) => AddTokenServicesCore(services);

    internal static void AddMfaServices(IServiceCollection services) => AddMfaServicesCore(services);
}
