namespace Bonded.Auth.WebAuthn;

/// <summary>Holds started ceremonies; each is taken at most once, so a challenge can never be answered twice.</summary>
public interface IWebAuthnChallengeStore
{
    /// <summary>Remembers a ceremony.</summary>
    /// <param name="ceremonyId">The ceremony id (random).</param>
    /// <param name="ceremony">The ceremony.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    ValueTask StoreAsync(string ceremonyId, WebAuthnPendingCeremony ceremony, CancellationToken cancellationToken = default);

    /// <summary>Atomically removes and returns a ceremony.</summary>
    /// <param name="ceremonyId">The ceremony id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ceremony, or null when unknown or already taken.</returns>
    ValueTask<WebAuthnPendingCeremony?> TakeAsync(string ceremonyId, CancellationToken cancellationToken = default);
}
