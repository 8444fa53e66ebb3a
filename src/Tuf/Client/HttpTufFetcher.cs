using System.Net;
using System.Net.Http.Headers;

namespace Bonded.Tuf;

/// <summary>Fetches repository files over HTTP(S) with an <see cref="HttpClient"/>.</summary>
public sealed class HttpTufFetcher : ITufFetcher, IDisposable
{
    private static readonly ProductInfoHeaderValue UserAgent = new("Bonded.Tuf", typeof(HttpTufFetcher).Assembly.GetName().Version?.ToString(3) ?? "0");
    private readonly HttpClient client;
    private readonly bool ownsClient;

    /// <summary>Creates a fetcher with its own <see cref="HttpClient"/> (no automatic decompression, connections recycled every two minutes).</summary>
    public HttpTufFetcher()
        : this(CreateClient(), ownsClient: true)
    {
    }

    /// <summary>Creates a fetcher over a caller's <see cref="HttpClient"/>, which it does not dispose.</summary>
    /// <param name="client">The client.</param>
    public HttpTufFetcher(HttpClient client)
        : this(client ?? throw new ArgumentNullException(nameof(client)), ownsClient: false)
    {
    }

    private HttpTufFetcher(HttpClient client, bool ownsClient)
    {
        this.client = client;
        this.ownsClient = ownsClient;
    }

    /// <inheritdoc/>
    public async Task<Stream> OpenReadAsync(Uri uri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.UserAgent.Add(UserAgent);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new DownloadException($"GET {uri} failed: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SlowRetrievalException($"GET {uri} timed out.", e);
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new DownloadHttpException($"GET {uri} answered {status}.", status);
        }

        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ResponseStream(response, stream);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Disposes the <see cref="HttpClient"/> when this fetcher created it.</summary>
    public void Dispose()
    {
        if (ownsClient)
        {
            client.Dispose();
        }
    }

    private static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
    })
    {
        // The updater applies its own timeouts and cancels through the token.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>The response body; disposing it releases the response.</summary>
    private sealed class ResponseStream(HttpResponseMessage response, Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
