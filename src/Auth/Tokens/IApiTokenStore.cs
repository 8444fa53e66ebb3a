namespace Bonded.Auth.Tokens;

/// <summary>
/// Where registry tokens live. Revocation is deletion: a token whose record is gone never verifies again.
/// <see cref="InMemoryApiTokenStore"/> serves tests and single-process hosts; a host provides a durable one.
/// </summary>
public interface IApiTokenStore
{
    /// <summary>Adds a new token record.</summary>
    /// <param name="token">The record.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the record is stored.</returns>
    ValueTask AddAsync(ApiTokenRecord token, CancellationToken cancellationToken = default);

    /// <summary>Finds a token by id; null when it does not exist (never existed or revoked).</summary>
    /// <param name="tokenId">The token id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The record or null.</returns>
    ValueTask<ApiTokenRecord?> FindAsync(string tokenId, CancellationToken cancellationToken = default);

    /// <summary>Lists the tokens of a user or trusted publisher.</summary>
    /// <param name="ownerId">The user id or publisher id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The records.</returns>
    ValueTask<IReadOnlyList<ApiTokenRecord>> ListAsync(string ownerId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a token; false when there was none.</summary>
    /// <param name="tokenId">The token id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Whether a record was deleted.</returns>
    ValueTask<bool> DeleteAsync(string tokenId, CancellationToken cancellationToken = default);

    /// <summary>Records a successful use of a token (last-used tracking).</summary>
    /// <param name="tokenId">The token id.</param>
    /// <param name="usedAt">When it was used.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the use is recorded.</returns>
    ValueTask RecordUseAsync(string tokenId, DateTimeOffset usedAt, CancellationToken cancellationToken = default);
}
