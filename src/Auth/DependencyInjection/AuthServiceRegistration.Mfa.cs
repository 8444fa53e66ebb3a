using Bonded.Auth.Otp;
using Bonded.Auth.Passwords;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bonded.Auth;

/// <summary>Registers the MFA services; stores default to in-memory ones unless the host registered its own first.</summary>
internal static partial class AuthServiceRegistration
{
    static partial void AddMfaServicesCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RegistryAuthOptions>, MfaOptionsValidator>());
        services.AddOptions<RegistryAuthOptions>().ValidateOnStart();

        MfaSection(services, o => o.Totp);
        MfaSection(services, o => o.Passwords);

        services.TryAddSingleton<IOtpReplayStore, InMemoryOtpReplayStore>();
        services.TryAddSingleton<TotpAuthenticator>();
        services.TryAddSingleton<PasswordHasher>();
    }

    private static void MfaSection<T>(IServiceCollection services, Func<RegistryAuthOptions, T> select)
        where T : class =>
        services.TryAddSingleton<IOptions<T>>(sp => Options.Create(select(sp.GetRequiredService<IOptions<RegistryAuthOptions>>().Value)));

    private sealed class MfaOptionsValidator : IValidateOptions<RegistryAuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, RegistryAuthOptions options)
        {
            var errors = options.ValidateMfa().ToList();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
