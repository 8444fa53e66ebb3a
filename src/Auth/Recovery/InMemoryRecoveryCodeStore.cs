using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Bonded.Auth.Recovery;

/// <summary>An <see cref="IRecoveryCodeStore"/> in process memory; compares every stored hash in constant time.</summary>
public sealed class InMemoryRecoveryCodeStore : IRecoveryCodeStore
{
    private readonly ConcurrentDictionary<string, List<byte[]>> sets = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public ValueTask ReplaceAsync(string userId, IReadOnlyList<byte[]> codeHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(codeHashes);
        sets[userId] = codeHashes.Select(h => (byte[])h.Clone()).ToList();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<bool> TryBurnAsync(string userId, ReadOnlyMemory<byte> codeHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        if (!sets.TryGetValue(userId, out var set))
        {
            return new(false);
        }

        lock (set)
        {
            var found = -1;
            for (var i = 0; i < set.Count; i++)
            {
                // No early exit: every stored hash is compared.
                if (CryptographicOperations.FixedTimeEquals(set[i], codeHash.Span))
                {
                    found = i;
                }
            }

            if (found < 0)
            {
                return new(false);
            }

            set.RemoveAt(found);
            return new(true);
        }
    }

    /// <inheritdoc/>
    public ValueTask<int> CountAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        if (!sets.TryGetValue(userId, out var set))
        {
            return new(0);
        }

        lock (set)
        {
            return new(set.Count);
        }
    }
}
