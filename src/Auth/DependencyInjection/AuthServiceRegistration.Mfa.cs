using Bonded.Auth.Otp;
using Bonded.Auth.Passwords;
using Bonded.Auth.Policy;
using Bonded.Auth.Recovery;
using Bonded.Auth.WebAuthn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
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
        MfaSection(services, o => o.WebAuthn);
        MfaSection(services, o => o.RecoveryCodes);
        MfaSection(services, o => o.Passwords);
        MfaSection(services, o => o.Policy);

        services.TryAddSingleton<IAuditSink>(sp => new LoggingAuditSink(sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton<IOtpReplayStore, InMemoryOtpReplayStore>();
        services.TryAddSingleton<IRecoveryCodeStore, InMemoryRecoveryCodeStore>();
        services.TryAddSingleton<IWebAuthnCredentialStore, InMemoryWebAuthnCredentialStore>();
        services.TryAddSingleton<IWebAuthnChallengeStore, InMemoryWebAuthnChallengeStore>();
        services.TryAddSingleton<IRateLimitStore>(sp => new InMemoryRateLimitStore(sp.GetService<TimeProvider>()));

        services.TryAddSingleton<PasswordHasher>();
        services.TryAddSingleton<TotpAuthenticator>();
        services.TryAddSingleton<RecoveryCodes>();
        services.TryAddSingleton<WebAuthnService>();
        services.TryAddSingleton<MfaPolicy>();
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
