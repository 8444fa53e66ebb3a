using System.Collections.Concurrent;

namespace Bonded.Auth.Policy;

/// <summary>An <see cref="IRateLimitStore"/> in process memory, for tests and single-instance hosts.</summary>
public sealed class InMemoryRateLimitStore : IRateLimitStore
{
    private const int MaxBuckets = 100_000;
    private readonly ConcurrentDictionary<(string Bucket, long Window), Entry> counts = new();
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the store.</summary>
    /// <param name="timeProvider">The clock used to forget expired windows; the system clock when null.</param>
    public InMemoryRateLimitStore(TimeProvider? timeProvider = null) => this.timeProvider = timeProvider ?? TimeProvider.System;

    /// <inheritdoc/>
    public ValueTask<(long Current, long Previous)> IncrementAsync(string bucket, long window, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        if (counts.Count > MaxBuckets)
        {
            Evict(timeProvider.GetUtcNow());
        }

        var entry = counts.GetOrAdd((bucket, window), _ => new Entry(expiresAt));
        var current = Interlocked.Increment(ref entry.Count);
        var previous = counts.TryGetValue((bucket, window - 1), out var before) ? Interlocked.Read(ref before.Count) : 0;
        return new((current, previous));
    }

    /// <inheritdoc/>
    public ValueTask ResetAsync(string bucket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        foreach (var key in counts.Keys.Where(k => string.Equals(k.Bucket, bucket, StringComparison.Ordinal)))
        {
            counts.TryRemove(key, out _);
        }

        return ValueTask.CompletedTask;
    }

    private void Evict(DateTimeOffset now)
    {
        foreach (var pair in counts)
        {
            if (pair.Value.ExpiresAt < now)
            {
                counts.TryRemove(pair.Key, out _);
            }
        }
    }

    private sealed class Entry(DateTimeOffset expiresAt)
    {
        public long Count;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;
    }
}
