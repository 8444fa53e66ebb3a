namespace Bonded.Tuf;

/// <summary>Signs metadata with one key; implement it to sign with a KMS, an HSM or a remote service.</summary>
/// <remarks>Implementations must be safe to call from several threads at once.</remarks>
public interface ISigner
{
    /// <summary>The public key whose id and scheme the signatures carry.</summary>
    Key PublicKey { get; }

    /// <summary>Signs the payload (canonical JSON of a signed object).</summary>
    /// <param name="payload">The bytes to sign.</param>
    /// <param name="cancellationToken">Cancels a remote signature.</param>
    /// <returns>The raw signature bytes in the format of <see cref="Key.Scheme"/>.</returns>
    ValueTask<byte[]> SignAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);
}
