using System.Collections.Concurrent;

namespace Bonded.Auth.Tokens;

/// <summary>A thread-safe <see cref="IApiTokenStore"/> in process memory (lost on restart).</summary>
public sealed class InMemoryApiTokenStore : IApiTokenStore
{
    private readonly ConcurrentDictionary<string, ApiTokenRecord> tokens = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public ValueTask AddAsync(ApiTokenRecord token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!tokens.TryAdd(token.Id, token))
        {
            throw new InvalidOperationException($"A token with id {token.Id} already exists.");
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<ApiTokenRecord?> FindAsync(string tokenId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenId);
        return new(tokens.GetValueOrDefault(tokenId));
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<ApiTokenRecord>> ListAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ownerId);
        IReadOnlyList<ApiTokenRecord> list = [.. tokens.Values
            .Where(t => string.Equals(t.UserId, ownerId, StringComparison.Ordinal) || string.Equals(t.PublisherId, ownerId, StringComparison.Ordinal))
            .OrderBy(t => t.CreatedAt)];
        return new(list);
    }

    /// <inheritdoc/>
    public ValueTask<bool> DeleteAsync(string tokenId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenId);
        return new(tokens.TryRemove(tokenId, out _));
    }

    /// <inheritdoc/>
    public ValueTask RecordUseAsync(string tokenId, DateTimeOffset usedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenId);
        while (tokens.TryGetValue(tokenId, out var current))
        {
            if (current.LastUsedAt >= usedAt || tokens.TryUpdate(tokenId, current.WithLastUsed(usedAt), current))
            {
                break;
            }
        }

        return ValueTask.CompletedTask;
    }
}
