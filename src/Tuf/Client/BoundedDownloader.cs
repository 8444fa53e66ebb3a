using System.Buffers;

namespace Bonded.Tuf;

/// <summary>
/// Reads repository files through an <see cref="ITufFetcher"/> with the updater's defences: a length cap (endless data),
/// a deadline for the response to start, a deadline for each next read and a minimum average rate (slow retrieval).
/// </summary>
internal sealed class BoundedDownloader(ITufFetcher fetcher, TufUpdaterOptions options, TimeProvider time)
{
    private const int ChunkSize = 81920;

    /// <summary>Downloads a whole file of at most <paramref name="maxLength"/> bytes.</summary>
    public async Task<byte[]> DownloadBytesAsync(Uri uri, long maxLength, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)Math.Min(maxLength, 1 << 16));
        await DownloadAsync(uri, maxLength, (chunk, _) =>
        {
            buffer.Write(chunk.Span);
            return ValueTask.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Streams a file of at most <paramref name="maxLength"/> bytes into <paramref name="sink"/>.</summary>
    public async Task<long> DownloadAsync(Uri uri, long maxLength, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> sink, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        Stream stream;
        try
        {
            stream = await fetcher.OpenReadAsync(uri, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SlowRetrievalException($"{uri} did not answer within {options.RequestTimeout}.", e);
        }

        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            await using (stream.ConfigureAwait(false))
            {
                var started = time.GetTimestamp();
                long total = 0;
                while (true)
                {
                    deadline.CancelAfter(options.ReadTimeout);
                    var want = (int)Math.Min(chunk.Length, maxLength - total + 1);
                    int read;
                    try
                    {
                        read = await stream.ReadAsync(chunk.AsMemory(0, want), linked.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                    {
                        throw new SlowRetrievalException($"{uri} sent nothing for {options.ReadTimeout}.", e);
                    }
                    catch (IOException e)
                    {
                        throw new DownloadException($"Reading {uri} failed: {e.Message}", e);
                    }

                    if (read == 0)
                    {
                        return total;
                    }

                    total += read;
                    if (total > maxLength)
                    {
                        throw new DownloadLengthException($"{uri} is longer than the {maxLength} bytes allowed.");
                    }

                    await sink(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    CheckRate(uri, started, total);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private void CheckRate(Uri uri, long started, long total)
    {
        if (options.MinimumBytesPerSecond <= 0)
        {
            return;
        }

        var elapsed = time.GetElapsedTime(started);
        if (elapsed > options.ReadTimeout && total / elapsed.TotalSeconds < options.MinimumBytesPerSecond)
        {
            throw new SlowRetrievalException(
                $"{uri} arrives at {total / elapsed.TotalSeconds:F0} bytes/s, below the minimum of {options.MinimumBytesPerSecond}.");
        }
    }
}
