using System.Collections.Concurrent;

namespace Bonded.Auth.WebAuthn;

/// <summary>An <see cref="IWebAuthnCredentialStore"/> in process memory, for tests and single-instance hosts.</summary>
public sealed class InMemoryWebAuthnCredentialStore : IWebAuthnCredentialStore
{
    private readonly ConcurrentDictionary<string, WebAuthnCredential> credentials = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public ValueTask<bool> TryAddAsync(WebAuthnCredential credential, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new(credentials.TryAdd(Key(credential.Id), credential));
    }

    /// <inheritdoc/>
    public ValueTask<WebAuthnCredential?> FindAsync(ReadOnlyMemory<byte> credentialId, CancellationToken cancellationToken = default) =>
        new(credentials.TryGetValue(Key(credentialId.Span), out var credential) ? credential : null);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<WebAuthnCredential>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return new(credentials.Values.Where(c => string.Equals(c.UserId, userId, StringComparison.Ordinal)).OrderBy(c => c.CreatedAt).ToList());
    }

    /// <inheritdoc/>
    public ValueTask<bool> TryUpdateUseAsync(ReadOnlyMemory<byte> credentialId, uint expectedSignCount, uint signCount, bool isBackedUp, DateTimeOffset usedAt, CancellationToken cancellationToken = default)
    {
        var key = Key(credentialId.Span);
        if (!credentials.TryGetValue(key, out var current) || current.SignCount != expectedSignCount)
        {
            return new(false);
        }

        var updated = new WebAuthnCredential
        {
            Id = current.Id,
            UserId = current.UserId,
            UserHandle = current.UserHandle,
            PublicKey = current.PublicKey,
            SignCount = signCount,
            Transports = current.Transports,
            IsBackupEligible = current.IsBackupEligible,
            IsBackedUp = isBackedUp,
            AaGuid = current.AaGuid,
            Name = current.Name,
            CreatedAt = current.CreatedAt,
            LastUsedAt = usedAt,
        };
        return new(credentials.TryUpdate(key, updated, current));
    }

    /// <inheritdoc/>
    public ValueTask<bool> RemoveAsync(string userId, ReadOnlyMemory<byte> credentialId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var key = Key(credentialId.Span);
        return new(credentials.TryGetValue(key, out var current)
            && string.Equals(current.UserId, userId, StringComparison.Ordinal)
            && credentials.TryRemove(new KeyValuePair<string, WebAuthnCredential>(key, current)));
    }

    private static string Key(ReadOnlySpan<byte> id) => Convert.ToBase64String(id);
}
