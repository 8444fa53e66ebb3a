using Bonded.Index.Files;
using Bonded.Index.Pages;
using Bonded.Index.Static;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bonded.Index.Tests.DependencyInjection;

public sealed class SimpleIndexServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_the_writers_once_with_options()
    {
        var services = new ServiceCollection();
        services.AddSimpleIndex(o => o.ArchiveLimits = new ArchiveLimits { MaxEntries = 5 });
        services.AddSimpleIndex();
        Assert.Single(services, d => d.ServiceType == typeof(SimpleIndexWriter));
        using var provider = services.BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<SimpleIndexWriter>(), provider.GetRequiredService<SimpleIndexWriter>());
        Assert.NotNull(provider.GetRequiredService<StaticIndexWriter>());
        Assert.NotNull(provider.GetRequiredService<StaticIndexBuilder>());
        Assert.Equal(5, provider.GetRequiredService<IOptions<SimpleIndexOptions>>().Value.ArchiveLimits.MaxEntries);
    }

    [Fact]
    public void Invalid_options_are_all_reported()
    {
        var services = new ServiceCollection().AddSimpleIndex(o => o.ArchiveLimits = new ArchiveLimits { MaxEntries = 0, MaxMetadataBytes = 0 });
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SimpleIndexOptions>>().Value);
        Assert.Equal(2, error.Failures.Count());
    }

    [Fact]
    public void Null_services_throw() => Assert.Throws<ArgumentNullException>(() => SimpleIndexServiceCollectionExtensions.AddSimpleIndex(null!));
}
