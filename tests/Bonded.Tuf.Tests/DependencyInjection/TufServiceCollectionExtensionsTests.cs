using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bonded.Tuf.Tests.DependencyInjection;

public sealed class TufServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Creates_then_reopens_a_repository_with_key_files()
    {
        var directory = Path.Combine(Path.GetTempPath(), "bonded-tuf-di-" + Guid.NewGuid().ToString("N"));
        try
        {
            void Configure(TufRepositoryHostingOptions o)
            {
                o.MetadataDirectory = Path.Combine(directory, "metadata");
                o.KeyDirectory = Path.Combine(directory, "keys");
                o.Repository.BinCount = 8;
            }

            var services = new ServiceCollection().AddSingleton<TimeProvider>(new FakeTimeProvider(Repository.RepositoryFixture.Start));
            services.AddTufRepository(Configure).AddTufRepository(Configure);
            using (var provider = services.BuildServiceProvider())
            {
                var repository = provider.GetRequiredService<TufRepository>();
                Assert.Same(repository, provider.GetRequiredService<TufRepository>());
                repository.AddTargets([Repository.RepositoryFixture.Target("a/b")]);
                await repository.PublishAsync();
            }

            Assert.True(File.Exists(Path.Combine(directory, "keys", "bins.pem")));
            using var again = new ServiceCollection().AddTufRepository(Configure).BuildServiceProvider();
            Assert.True(again.GetRequiredService<TufRepository>().ContainsTarget("a/b"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Reports_every_invalid_option_at_once()
    {
        using var provider = new ServiceCollection().AddTufRepository(o =>
        {
            o.Repository.BinCount = 3;
            o.KeyType = "dsa";
        }).BuildServiceProvider();
        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TufRepositoryHostingOptions>>().Value);
        Assert.Equal(4, exception.Failures.Count());
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => TufServiceCollectionExtensions.AddTufRepository(null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddTufRepository(null!));
    }
}
