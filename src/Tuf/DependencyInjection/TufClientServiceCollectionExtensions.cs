using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bonded.Tuf;

/// <summary>Registers the Bonded.Tuf client.</summary>
public static partial class TufServiceCollectionExtensions
{
    /// <summary>Adds a singleton <see cref="TufUpdater"/> configured by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the repository URIs, the local folders and the limits.</param>
    /// <returns>The same service collection.</returns>
    /// <remarks>
    /// The updater fetches through an <see cref="ITufFetcher"/> service when one is registered, else through the default
    /// (file system for <c>file:</c> URIs, HTTP otherwise); it takes <see cref="TimeProvider"/> and <see cref="ILoggerFactory"/>
    /// from the container when present. Options are validated at start-up, every problem at once. A second call only adds
    /// another configuration step.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddTufClient(this IServiceCollection services, Action<TufUpdaterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TufUpdaterOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TufUpdaterOptions>, UpdaterOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new TufUpdater(
            provider.GetRequiredService<IOptions<TufUpdaterOptions>>().Value,
            provider.GetService<ITufFetcher>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<TufUpdater>()));
        return services;
    }

    private sealed class UpdaterOptionsValidator : IValidateOptions<TufUpdaterOptions>
    {
        public ValidateOptionsResult Validate(string? name, TufUpdaterOptions options)
        {
            var errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
