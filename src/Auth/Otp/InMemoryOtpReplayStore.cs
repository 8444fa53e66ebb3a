using System.Collections.Concurrent;

namespace Bonded.Auth.Otp;

/// <summary>An <see cref="IOtpReplayStore"/> in process memory, for tests and single-instance hosts.</summary>
public sealed class InMemoryOtpReplayStore : IOtpReplayStore
{
    private readonly ConcurrentDictionary<string, long> steps = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public ValueTask<long?> GetLastAcceptedStepAsync(string credentialId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialId);
        return new(steps.TryGetValue(credentialId, out var step) ? step : null);
    }

    /// <inheritdoc/>
    public ValueTask<bool> CompareAndSwapAsync(string credentialId, long? expected, long acceptedStep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialId);
        return new(expected is { } old ? steps.TryUpdate(credentialId, acceptedStep, old) : steps.TryAdd(credentialId, acceptedStep));
    }

    /// <inheritdoc/>
    public ValueTask RemoveAsync(string credentialId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialId);
        steps.TryRemove(credentialId, out _);
        return ValueTask.CompletedTask;
    }
}
