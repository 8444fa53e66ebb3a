using LocalIndex;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bonded.Integration.Tests.Infrastructure;

/// <summary>The LocalIndex host running in-process on real Kestrel, on a free loopback port, with its own data folder.</summary>
public sealed class LocalIndexServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TempDirectory? ownedData;

    private LocalIndexServer(WebApplication app, string dataDirectory, TempDirectory? ownedData)
    {
        this.app = app;
        this.ownedData = ownedData;
        DataDirectory = dataDirectory;
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    internal LocalIndex.Storage.IRegistryStore Store => app.Services.GetRequiredService<LocalIndex.Storage.IRegistryStore>();

    public static async Task<LocalIndexServer> StartAsync(string? dataDirectory = null, params string[] extraArgs)
    {
        TempDirectory? owned = null;
        if (dataDirectory is null)
        {
            owned = new TempDirectory("bonded-host");
            dataDirectory = owned.Path;
        }

        var app = LocalIndexHost.Build(["--urls", "http://127.0.0.1:0", "--data", dataDirectory, .. extraArgs]);
        await app.StartAsync();
        return new LocalIndexServer(app, dataDirectory, owned);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        ownedData?.Dispose();
    }
}
