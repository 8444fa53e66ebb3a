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
        services.TryAddSingleton(sp => new ApiTokenService(
            sp.GetRequiredService<IApiTokenStore>(),
            sp.GetRequiredService<IOptions<RegistryAuthOptions>>().Value.Tokens,
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton(sp => new LeakedTokenReportHandler(
            sp.GetRequiredService<ApiTokenService>(),
            sp.GetRequiredService<IOptions<RegistryAuthOptions>>().Value.Tokens,
            sp.GetService<ILogger<LeakedTokenReportHandler>>()));
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
