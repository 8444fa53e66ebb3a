using System.Runtime.InteropServices;

namespace Bonded.Auth.Hashing;

/// <summary>
/// One compression-function call of SHA-1, SHA-256 or SHA-512: the platform's hardware-accelerated one when
/// <see cref="NativeSha"/> found and checked it, otherwise <see cref="ManagedSha"/>. States are words in native
/// byte order; blocks are message bytes.
/// </summary>
internal static class ShaCompression
{
    /// <summary>Whether SHA-1 runs on the platform's block function.</summary>
    internal static bool IsSha1Native => NativeSha.HasSha1;

    /// <summary>Whether SHA-256 runs on the platform's block function.</summary>
    internal static bool IsSha256Native => NativeSha.HasSha256;

    internal static ReadOnlySpan<uint> Sha1Iv => [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];

    internal static ReadOnlySpan<uint> Sha256Iv =>
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];

    internal static ReadOnlySpan<ulong> Sha512Iv =>
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    /// <summary>Compresses one 64-byte block into a five-word SHA-1 state.</summary>
    internal static void Sha1(Span<uint> state, ReadOnlySpan<byte> block)
    {
        if (NativeSha.HasSha1)
        {
            NativeSha.Sha1(state, block);
        }
        else
        {
            ManagedSha.Sha1(state, block);
        }
    }

    /// <summary>Compresses one 64-byte block into an eight-word SHA-256 state.</summary>
    internal static void Sha256(Span<uint> state, ReadOnlySpan<byte> block)
    {
        if (NativeSha.HasSha256)
        {
            NativeSha.Sha256(state, block);
        }
        else
        {
            ManagedSha.Sha256(state, block);
        }
    }

    /// <summary>Compresses one 128-byte block into an eight-word SHA-512 state.</summary>
    internal static void Sha512(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        if (NativeSha.HasSha512)
        {
            NativeSha.Sha512(state, block);
        }
        else
        {
            ManagedSha.Sha512(state, block);
        }
    }

    /// <summary>XORs every byte of a key block (a multiple of 8 bytes) with an HMAC pad byte (RFC 2104: 0x36 or 0x5c).</summary>
    internal static void XorPad(Span<byte> block, byte value)
    {
        var pattern = 0x0101010101010101UL * value;
        foreach (ref var word in MemoryMarshal.Cast<byte, ulong>(block))
        {
            word ^= pattern;
        }
    }
}
