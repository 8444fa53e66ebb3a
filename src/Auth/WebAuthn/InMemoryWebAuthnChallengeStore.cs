using System.Collections.Concurrent;

namespace Bonded.Auth.WebAuthn;

/// <summary>An <see cref="IWebAuthnChallengeStore"/> in process memory; forgets expired ceremonies as new ones arrive.</summary>
public sealed class InMemoryWebAuthnChallengeStore : IWebAuthnChallengeStore
{
    private const int MaxPending = 100_000;
    private readonly ConcurrentDictionary<string, WebAuthnPendingCeremony> pending = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public ValueTask StoreAsync(string ceremonyId, WebAuthnPendingCeremony ceremony, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ceremonyId);
        ArgumentNullException.ThrowIfNull(ceremony);
        if (pending.Count >= MaxPending)
        {
            var now = ceremony.ExpiresAt;
            foreach (var pair in pending.Where(p => p.Value.ExpiresAt < now - TimeSpan.FromMinutes(30)))
            {
                pending.TryRemove(pair);
            }

            if (pending.Count >= MaxPending)
            {
                throw new InvalidOperationException("Too many WebAuthn ceremonies are pending.");
            }
        }

        pending[ceremonyId] = ceremony;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<WebAuthnPendingCeremony?> TakeAsync(string ceremonyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ceremonyId);
        return new(pending.TryRemove(ceremonyId, out var ceremony) ? ceremony : null);
    }
}
