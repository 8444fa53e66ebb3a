namespace Bonded.Auth.Otp;

/// <summary>
/// Holds the last accepted TOTP time step per credential so that a code is accepted at most once. Implementations must
/// make <see cref="CompareAndSwapAsync"/> atomic (for SQL: <c>UPDATE ... SET step = @new WHERE id = @id AND step = @expected</c>,
/// or an insert that fails on conflict when <c>expected</c> is null).
/// </summary>
public interface IOtpReplayStore
{
    /// <summary>Reads the last accepted time step of a credential.</summary>
    /// <param name="credentialId">The credential (for example the user id with a TOTP device id).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The last accepted time step, or null when none was ever accepted.</returns>
    ValueTask<long?> GetLastAcceptedStepAsync(string credentialId, CancellationToken cancellationToken = default);

    /// <summary>Atomically replaces the last accepted step with <paramref name="acceptedStep"/> if it still equals <paramref name="expected"/>.</summary>
    /// <param name="credentialId">The credential.</param>
    /// <param name="expected">The value read before (null: no step stored yet).</param>
    /// <param name="acceptedStep">The newly accepted time step.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the swap happened; false when another request changed the value first.</returns>
    ValueTask<bool> CompareAndSwapAsync(string credentialId, long? expected, long acceptedStep, CancellationToken cancellationToken = default);

    /// <summary>Forgets a credential's state (on removal or re-enrolment).</summary>
    /// <param name="credentialId">The credential.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when removed.</returns>
    ValueTask RemoveAsync(string credentialId, CancellationToken cancellationToken = default);
}
