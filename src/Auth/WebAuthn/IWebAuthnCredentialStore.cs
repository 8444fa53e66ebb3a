namespace Bonded.Auth.WebAuthn;

/// <summary>Holds registered WebAuthn credentials.</summary>
public interface IWebAuthnCredentialStore
{
    /// <summary>Adds a credential unless one with the same id exists (credential ids are unique across users).</summary>
    /// <param name="credential">The credential.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether it was added.</returns>
    ValueTask<bool> TryAddAsync(WebAuthnCredential credential, CancellationToken cancellationToken = default);

    /// <summary>Finds a credential by id.</summary>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The credential, or null.</returns>
    ValueTask<WebAuthnCredential?> FindAsync(ReadOnlyMemory<byte> credentialId, CancellationToken cancellationToken = default);

    /// <summary>Lists a user's credentials.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The credentials, possibly none.</returns>
    ValueTask<IReadOnlyList<WebAuthnCredential>> ListAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Atomically records a use: sets the counter to <paramref name="signCount"/> only if it still equals <paramref name="expectedSignCount"/>.</summary>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="expectedSignCount">The counter read before verification.</param>
    /// <param name="signCount">The counter from the verified assertion.</param>
    /// <param name="isBackedUp">The backup state from the verified assertion.</param>
    /// <param name="usedAt">When.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the update happened; false when another assertion updated the counter first.</returns>
    ValueTask<bool> TryUpdateUseAsync(ReadOnlyMemory<byte> credentialId, uint expectedSignCount, uint signCount, bool isBackedUp, DateTimeOffset usedAt, CancellationToken cancellationToken = default);

    /// <summary>Removes a user's credential.</summary>
    /// <param name="userId">The user (a credential of another user is never removed).</param>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether it existed.</returns>
    ValueTask<bool> RemoveAsync(string userId, ReadOnlyMemory<byte> credentialId, CancellationToken cancellationToken = default);
}
