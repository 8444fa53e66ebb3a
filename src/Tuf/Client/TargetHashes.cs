using System.Security.Cryptography;

namespace Bonded.Tuf;

/// <summary>Checks a target's length and every listed hash while its bytes stream past, without holding the file in memory.</summary>
internal sealed class TargetHashes : IDisposable
{
    private readonly TargetFile target;
    private readonly (IncrementalHash Hash, string Algorithm, string Hex)[] hashes;
    private long length;

    /// <exception cref="LengthOrHashMismatchException">A listed hash algorithm is not supported: the target cannot be verified.</exception>
    public TargetHashes(TargetFile target)
    {
        this.target = target;
        hashes = new (IncrementalHash, string, string)[target.Hashes.Count];
        var i = 0;
        try
        {
            foreach (var (algorithm, hex) in target.Hashes)
            {
                var name = algorithm switch
                {
                    "sha256" => HashAlgorithmName.SHA256,
                    "sha384" => HashAlgorithmName.SHA384,
                    "sha512" => HashAlgorithmName.SHA512,
                    _ => throw new LengthOrHashMismatchException($"target {target.Path}: unsupported hash algorithm \"{algorithm}\"."),
                };
                hashes[i++] = (IncrementalHash.CreateHash(name), algorithm, hex);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        length += data.Length;
        foreach (var (hash, _, _) in hashes)
        {
            hash.AppendData(data);
        }
    }

    /// <exception cref="LengthOrHashMismatchException">The length or a hash differs.</exception>
    public void Verify()
    {
        if (length != target.Length)
        {
            throw new LengthOrHashMismatchException($"target {target.Path}: expected {target.Length} bytes, got {length}.");
        }

        Span<byte> digest = stackalloc byte[64];
        Span<byte> listed = stackalloc byte[64];
        foreach (var (hash, algorithm, hex) in hashes)
        {
            var size = hash.GetHashAndReset(digest);
            if (hex.Length != size * 2 || Convert.FromHexString(hex, listed, out _, out var written) != System.Buffers.OperationStatus.Done
                || written != size || !CryptographicOperations.FixedTimeEquals(listed[..size], digest[..size]))
            {
                throw new LengthOrHashMismatchException($"target {target.Path}: the {algorithm} hash does not match.");
            }
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> is exactly the target.</summary>
    public static async Task<bool> MatchesFileAsync(TargetFile target, string path, CancellationToken cancellationToken)
    {
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                if (stream.Length != target.Length)
                {
                    return false;
                }

                using var hashes = new TargetHashes(target);
                var buffer = new byte[(int)Math.Clamp(target.Length, 1, 1 << 16)];
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hashes.Append(buffer.AsSpan(0, read));
                }

                hashes.Verify();
                return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LengthOrHashMismatchException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        foreach (var (hash, _, _) in hashes)
        {
            hash?.Dispose();
        }
    }
}
