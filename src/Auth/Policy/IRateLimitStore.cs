namespace Bonded.Auth.Policy;

/// <summary>Counts attempts per bucket and fixed window; shared by every host instance so that limits hold across them.</summary>
public interface IRateLimitStore
{
    /// <summary>Atomically adds one attempt to a bucket's window and reads the counts of that window and the one before.</summary>
    /// <param name="bucket">The bucket, for example <c>login:user:alice</c>.</param>
    /// <param name="window">The window number (time divided by the window length).</param>
    /// <param name="expiresAt">When the window's count may be forgotten.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count of <paramref name="window"/> after the increment, and the count of the window before it.</returns>
    ValueTask<(long Current, long Previous)> IncrementAsync(string bucket, long window, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Forgets a bucket (for example the per-user login count after a successful login).</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when forgotten.</returns>
    ValueTask ResetAsync(string bucket, CancellationToken cancellationToken = default);
}
