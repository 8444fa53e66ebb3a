using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bonded.Tuf.Tests.Client;

public sealed class TufClientServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddTufClient_registers_one_updater_with_the_container_fetcher_and_clock()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        var services = new ServiceCollection();
        services.AddSingleton<ITufFetcher>(client.Fetcher);
        services.AddSingleton<TimeProvider>(client.Time);
        services.AddTufClient(options =>
        {
            options.MetadataBaseUri = new Uri(TestFetcher.BaseUri + "metadata/");
            options.MetadataDirectory = client.MetadataDirectory;
        });
        services.AddTufClient(options => options.MaxDelegations = 8);
        using var provider = services.BuildServiceProvider();

        var updater = provider.GetRequiredService<TufUpdater>();
        Assert.Same(updater, provider.GetRequiredService<TufUpdater>());
        Assert.Equal(8, provider.GetRequiredService<IOptions<TufUpdaterOptions>>().Value.MaxDelegations);
        await updater.RefreshAsync();
        Assert.NotEmpty(client.Fetcher.Requests);
    }

    [Fact]
    public void AddTufClient_reports_every_invalid_option_at_once()
    {
        var services = new ServiceCollection();
        services.AddTufClient(options => options.MaxDelegations = 0);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TufUpdaterOptions>>().Value);
        Assert.Equal(3, error.Failures.Count());
        Assert.Contains(error.Failures, f => f.Contains(nameof(TufUpdaterOptions.MetadataBaseUri), StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains(nameof(TufUpdaterOptions.MetadataDirectory), StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains(nameof(TufUpdaterOptions.MaxDelegations), StringComparison.Ordinal));
    }

    [Fact]
    public void AddTufClient_checks_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddTufClient(_ => { }));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddTufClient(null!));
    }
}
