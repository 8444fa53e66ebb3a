using System.Net;
using BenchmarkDotNet.Attributes;
using Bonded.Tuf;

namespace Bonded.Benchmarks.Tuf;

/// <summary>
/// A cold client (only the trusted root 1.root.json) refreshes against a Bonded.Tuf repository with 16,384 succinct bins
/// and 1,000,000 targets, finds one target and downloads it verified: root, timestamp, snapshot (16,384 entries),
/// targets and one bin, each verified, persisted to the metadata folder, then the target.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[ShortRunJob]
public class ClientBenchmarks
{
    private HttpListener? listener;
    private string httpBase = string.Empty;
    private string work = string.Empty;
    private string metadata = string.Empty;
    private byte[] trustedRoot = [];

    [GlobalSetup]
    public void Setup()
    {
        ClientBenchmarkRepository.Ensure();
        trustedRoot = File.ReadAllBytes(Path.Combine(ClientBenchmarkRepository.MetadataDirectory, "1.root.json"));
        work = System.IO.Directory.CreateTempSubdirectory("bonded-bench-tuf-client-").FullName;
        listener = StartServer(out httpBase);
    }

    [IterationSetup]
    public void FreshClient()
    {
        metadata = Path.Combine(work, Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(metadata);
        File.WriteAllBytes(Path.Combine(metadata, "root.json"), trustedRoot);
    }

    [IterationCleanup]
    public void RemoveClient() => System.IO.Directory.Delete(metadata, recursive: true);

    [GlobalCleanup]
    public void Cleanup()
    {
        listener?.Close();
        System.IO.Directory.Delete(work, recursive: true);
    }

    /// <summary>Cold refresh plus one download from the repository folder (file: URIs).</summary>
    [Benchmark]
    public Task<string> ColdRefreshAndDownload_FileSystem() =>
        RunAsync(new Uri(ClientBenchmarkRepository.MetadataDirectory + "/"), new Uri(ClientBenchmarkRepository.TargetsDirectory + "/"));

    /// <summary>Cold refresh plus one download over HTTP from a loopback server.</summary>
    [Benchmark]
    public Task<string> ColdRefreshAndDownload_Http() =>
        RunAsync(new Uri(httpBase + "metadata/"), new Uri(httpBase + "targets/"));

    private async Task<string> RunAsync(Uri metadataUri, Uri targetsUri)
    {
        using var updater = new TufUpdater(new TufUpdaterOptions
        {
            MetadataBaseUri = metadataUri,
            TargetBaseUri = targetsUri,
            MetadataDirectory = metadata,
            TargetDirectory = Path.Combine(metadata, "targets"),
        }, timeProvider: new FixedTime(ClientBenchmarkRepository.WrittenAt.AddHours(1)));
        var target = await updater.GetTargetInfoAsync(ClientBenchmarkRepository.TargetPath).ConfigureAwait(false)
            ?? throw new InvalidOperationException("target not found");
        return await updater.DownloadTargetAsync(target).ConfigureAwait(false);
    }

    /// <summary>Serves the repository folder over loopback HTTP.</summary>
    private static HttpListener StartServer(out string baseUri)
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        baseUri = $"http://127.0.0.1:{port}/";
        var server = new HttpListener();
        server.Prefixes.Add(baseUri);
        server.Start();
        _ = Task.Run(async () =>
        {
            while (server.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await server.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var path = Path.Combine(ClientBenchmarkRepository.Directory, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/')));
                if (File.Exists(path))
                {
                    var data = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
                    context.Response.ContentLength64 = data.Length;
                    await context.Response.OutputStream.WriteAsync(data).ConfigureAwait(false);
                }
                else
                {
                    context.Response.StatusCode = 404;
                }

                context.Response.Close();
            }
        });
        return server;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
