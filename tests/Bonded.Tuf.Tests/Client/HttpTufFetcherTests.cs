using System.Net;

namespace Bonded.Tuf.Tests.Client;

public sealed class HttpTufFetcherTests
{
    [Fact]
    public async Task Streams_a_successful_response_with_a_user_agent()
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent("{\"a\":1}"u8.ToArray()) });
        using var fetcher = new HttpTufFetcher(new HttpClient(handler));
        await using var stream = await fetcher.OpenReadAsync(new Uri("https://repo.test/metadata/timestamp.json"), CancellationToken.None);
        Assert.Equal("{\"a\":1}", await new StreamReader(stream).ReadToEndAsync());
        Assert.Contains("Bonded.Tuf", handler.LastRequest!.Headers.UserAgent.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, true)]
    [InlineData(HttpStatusCode.Forbidden, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    public async Task Error_statuses_become_download_http_exceptions(HttpStatusCode status, bool notFound)
    {
        using var fetcher = new HttpTufFetcher(new HttpClient(new StubHandler(_ => new HttpResponseMessage(status))));
        var error = await Assert.ThrowsAsync<DownloadHttpException>(() => fetcher.OpenReadAsync(new Uri("https://repo.test/2.root.json"), CancellationToken.None));
        Assert.Equal((int)status, error.StatusCode);
        Assert.Equal(notFound, error.IsNotFound);
    }

    [Fact]
    public async Task Transport_failures_become_download_exceptions()
    {
        using var fetcher = new HttpTufFetcher(new HttpClient(new StubHandler(_ => throw new HttpRequestException("connection refused"))));
        await Assert.ThrowsAsync<DownloadException>(() => fetcher.OpenReadAsync(new Uri("https://repo.test/x"), CancellationToken.None));
    }

    [Fact]
    public async Task The_updater_refreshes_over_real_http()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        using var listener = new HttpListener();
        var port = FreePort();
        var prefix = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(prefix);
        listener.Start();
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                var path = context.Request.Url!.AbsolutePath.TrimStart('/');
                if (repo.Files.TryGetValue(path, out var data))
                {
                    context.Response.ContentLength64 = data.Length;
                    await context.Response.OutputStream.WriteAsync(data);
                }
                else
                {
                    context.Response.StatusCode = 404;
                }

                context.Response.Close();
            }
        });

        using (var updater = new TufUpdater(new TufUpdaterOptions
        {
            MetadataBaseUri = new Uri(prefix + "metadata"),
            MetadataDirectory = client.MetadataDirectory,
        }))
        {
            await updater.RefreshAsync();
        }

        listener.Stop();
        await serving;
        Assert.Equal(1, client.TrustedVersion("targets"));
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public HttpRequestMessage? LastRequest { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastRequest = request;
            return Task.FromResult(respond(request));
        }
    }
}
