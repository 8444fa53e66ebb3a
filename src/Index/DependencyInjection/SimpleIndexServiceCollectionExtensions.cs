using Bonded.Index.Pages;
using Bonded.Index.Static;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bonded.Index;

/// <summary>Registers Bonded.Index in a service collection.</summary>
public static class SimpleIndexServiceCollectionExtensions
{
    /// <summary>Adds the simple index page writer, the static index writer and builder, and validated <see cref="SimpleIndexOptions"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; optional.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>Calling it twice is harmless; invalid options are all reported at once when the host starts.</remarks>
    public static IServiceCollection AddSimpleIndex(this IServiceCollection services, Action<SimpleIndexOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SimpleIndexOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SimpleIndexOptions>, SimpleIndexOptionsValidator>());
        services.TryAddSingleton<SimpleIndexWriter>();
        services.TryAddSingleton(provider => new StaticIndexWriter(provider.GetRequiredService<SimpleIndexWriter>()));
        services.TryAddSingleton(provider => new StaticIndexBuilder(
            provider.GetRequiredService<IOptions<SimpleIndexOptions>>().Value.ArchiveLimits,
            provider.GetRequiredService<StaticIndexWriter>()));
        return services;
    }

    private sealed class SimpleIndexOptionsValidator : IValidateOptions<SimpleIndexOptions>
    {
        public ValidateOptionsResult Validate(string? name, SimpleIndexOptions options)
        {
            var failures = options.Validate().ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
