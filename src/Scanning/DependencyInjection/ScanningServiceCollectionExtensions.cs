using Bonded.Scanning;
using Bonded.Scanning.Checks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Bonded.Scanning with a service collection.</summary>
public static class ScanningServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="PackageScanner"/> with the built-in checks and any <see cref="IPackageCheck"/> registered
    /// with <see cref="AddPackageCheck{TCheck}"/>. Options are validated when the scanner is first resolved; calling twice is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures limits, weights, thresholds and the allowlist.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddPackageScanning(this IServiceCollection services, Action<ScanOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ScanOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScanOptions>, ScanOptionsValidator>());
        foreach (var check in CheckCatalog.CreateDefaults())
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IPackageCheck), check.GetType()));
        }

        services.TryAddSingleton(provider => new PackageScanner(
            provider.GetRequiredService<IOptions<ScanOptions>>().Value,
            provider.GetServices<IPackageCheck>(),
            provider.GetService<TimeProvider>()));
        return services;
    }

    /// <summary>Adds a check of your own to the scanner (run along with the built-in ones).</summary>
    /// <typeparam name="TCheck">The check type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddPackageCheck<TCheck>(this IServiceCollection services)
        where TCheck : class, IPackageCheck
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPackageCheck, TCheck>());
        return services;
    }

    private sealed class ScanOptionsValidator : IValidateOptions<ScanOptions>
    {
        public ValidateOptionsResult Validate(string? name, ScanOptions options)
        {
            var errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
