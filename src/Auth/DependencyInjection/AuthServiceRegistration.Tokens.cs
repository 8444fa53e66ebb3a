using Bonded.Auth.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bonded.Auth;

/// <content>Registers macaroon API tokens: the store (in memory unless the host registers one first), the service and the leak-report handler.</content>
internal static partial class AuthServiceRegistration
{
    static partial void AddTokenServicesCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RegistryAuthOptions>, TokenOptionsValidation>());
        services.AddOptions<RegistryAuthOptions>().ValidateOnStart();
        services.TryAddSingleton<IApiTokenStore, InMemoryApiTokenStore>();
        services.TryAddSingleton(sp =>
        {
            var service = new ApiTokenService(
                sp.GetRequiredService<IApiTokenStore>(),
                sp.GetRequiredService<IOptions<RegistryAuthOptions>>().Value.Tokens,
                sp.GetService<TimeProvider>() ?? TimeProvider.System);
            if (sp.GetService<ILogger<ApiTokenService>>() is { } logger)
            {
                service.TokenEvent += (_, e) => TokenLog.Write(logger, e);
            }

            return service;
        });
        services.TryAddSingleton(sp => new LeakedTokenReportHandler(
            sp.GetRequiredService<ApiTokenService>(),
            sp.GetRequiredService<IOptions<RegistryAuthOptions>>().Value.Tokens,
            sp.GetService<ILogger<LeakedTokenReportHandler>>()));
    }

    /// <summary>Writes token events to the host's log (ids only, never tokens).</summary>
    private static class TokenLog
    {
        private static readonly Action<ILogger, ApiTokenEventKind, string, string?, Exception?> Event = LoggerMessage.Define<ApiTokenEventKind, string, string?>(
            LogLevel.Information, new EventId(7100, "ApiTokenEvent"), "API token event {Kind}: token {TokenId}, owner {OwnerId}");

        private static readonly Action<ILogger, string, string?, Exception?> Forged = LoggerMessage.Define<string, string?>(
            LogLevel.Warning, new EventId(7103, "ApiTokenSignatureInvalid"), "API token {TokenId} of {OwnerId} was presented with a signature that does not match (altered or forged)");

        public static void Write(ILogger logger, ApiTokenEvent e)
        {
            if (e.Kind == ApiTokenEventKind.InvalidSignature)
            {
                Forged(logger, e.TokenId, e.OwnerId, null);
            }
            else
            {
                Event(logger, e.Kind, e.TokenId, e.OwnerId, null);
            }
        }
    }

    /// <summary>Reports every invalid token option at once, at start-up.</summary>
    private sealed class TokenOptionsValidation : IValidateOptions<RegistryAuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, RegistryAuthOptions options)
        {
            var problems = options.Tokens.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
