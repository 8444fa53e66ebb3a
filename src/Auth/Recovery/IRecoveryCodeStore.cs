namespace Bonded.Auth.Recovery;

/// <summary>Holds the hashes of each user's unused recovery codes; never the codes themselves.</summary>
public interface IRecoveryCodeStore
{
    /// <summary>Atomically replaces the user's set (all old codes stop working).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="codeHashes">The hashes of the new codes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    ValueTask ReplaceAsync(string userId, IReadOnlyList<byte[]> codeHashes, CancellationToken cancellationToken = default);

    /// <summary>Atomically removes one unused code by its hash: of concurrent calls with one hash, at most one returns true.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="codeHash">The hash of the code offered.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether an unused code with that hash existed and is now burned.</returns>
    ValueTask<bool> TryBurnAsync(string userId, ReadOnlyMemory<byte> codeHash, CancellationToken cancellationToken = default);

    /// <summary>Counts the user's unused codes.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The number of unused codes.</returns>
    ValueTask<int> CountAsync(string userId, CancellationToken cancellationToken = default);
}
