using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bonded.Tuf;

/// <summary>Registers Bonded.Tuf in a service collection.</summary>
public static partial class TufServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="TufRepository"/>: opened from storage, or created (keys included) when
    /// <see cref="TufRepositoryHostingOptions.CreateIfMissing"/> is set and storage is empty.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures layout, expiry, storage and keys.</param>
    /// <returns>The same service collection.</returns>
    /// <remarks>
    /// Storage: <see cref="TufRepositoryHostingOptions.Storage"/>, else an <see cref="ITufStorage"/> service, else a
    /// <see cref="FileSystemTufStorage"/> over <see cref="TufRepositoryHostingOptions.MetadataDirectory"/>.
    /// Keys: <see cref="TufRepositoryHostingOptions.Signers"/>, else a <see cref="TufSigners"/> service, else PEM files in
    /// <see cref="TufRepositoryHostingOptions.KeyDirectory"/>. Options are validated at start-up, all problems at once.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddTufRepository(this IServiceCollection services, Action<TufRepositoryHostingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TufRepositoryHostingOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TufRepositoryHostingOptions>, HostingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TufRepositoryHostingOptions>>().Value;
            var storage = options.Storage ?? provider.GetService<ITufStorage>() ?? new FileSystemTufStorage(options.MetadataDirectory!);
            var time = provider.GetRequiredService<TimeProvider>();
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger<TufRepository>();
            return OpenOrCreate(storage, options, provider.GetService<TufSigners>(), time, logger).GetAwaiter().GetResult();
        });
        return services;
    }

    private static async Task<TufRepository> OpenOrCreate(ITufStorage storage, TufRepositoryHostingOptions options, TufSigners? registered, TimeProvider time, ILogger? logger)
    {
        var exists = await storage.ReadAsync("1.root.json").ConfigureAwait(false) is not null;
        var signers = options.Signers ?? registered;
        if (signers is null)
        {
            var keys = options.KeyDirectory!;
            signers = !exists && options.CreateIfMissing && !File.Exists(TufKeyFiles.PathOf(keys, "bins"))
                ? TufKeyFiles.Generate(keys, options.KeyType)
                : TufKeyFiles.Load(keys);
        }

        if (exists)
        {
            return await TufRepository.OpenAsync(storage, options.Repository, signers, time, logger).ConfigureAwait(false);
        }

        if (!options.CreateIfMissing)
        {
            throw new RepositoryException("No TUF repository in storage and CreateIfMissing is off.");
        }

        return await TufRepository.CreateAsync(storage, options.Repository, signers, time, logger).ConfigureAwait(false);
    }

    private sealed class HostingOptionsValidator : IValidateOptions<TufRepositoryHostingOptions>
    {
        public ValidateOptionsResult Validate(string? name, TufRepositoryHostingOptions options)
        {
            var errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
