using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using Bonded.Auth.Hashing;

namespace Bonded.Auth.Otp;

/// <summary>
/// HMAC over an 8-byte counter with the key's inner and outer hash states computed once (RFC 2104, section 4), so that
/// one HOTP value costs two compression-function calls (<see cref="ShaCompression"/>) and no allocation.
/// </summary>
internal sealed class OtpHmac : IDisposable
{
    // SHA-1 and SHA-256: inner state then outer state (5 + 5 or 8 + 8 words). SHA-512: 8 + 8 words.
    private readonly uint[] state32;
    private readonly ulong[] state64;

    internal OtpHmac(OtpHashAlgorithm algorithm, ReadOnlySpan<byte> key)
    {
        Algorithm = algorithm;
        var blockSize = algorithm == OtpHashAlgorithm.Sha512 ? 128 : 64;
        Span<byte> padded = stackalloc byte[128];
        padded.Clear();
        if (key.Length > blockSize)
        {
            _ = algorithm switch
            {
                OtpHashAlgorithm.Sha1 => SHA1.HashData(key, padded),
                OtpHashAlgorithm.Sha256 => SHA256.HashData(key, padded),
                _ => SHA512.HashData(key, padded),
            };
        }
        else
        {
            key.CopyTo(padded);
        }

        var block = padded[..blockSize];
        try
        {
            switch (algorithm)
            {
                case OtpHashAlgorithm.Sha1:
                case OtpHashAlgorithm.Sha256:
                    var iv = algorithm == OtpHashAlgorithm.Sha1 ? ShaCompression.Sha1Iv : ShaCompression.Sha256Iv;
                    state32 = new uint[2 * iv.Length];
                    state64 = [];
                    iv.CopyTo(state32);
                    iv.CopyTo(state32.AsSpan(iv.Length));
                    ShaCompression.XorPad(block, 0x36);
                    Compress32(state32.AsSpan(0, iv.Length), block);
                    ShaCompression.XorPad(block, 0x36 ^ 0x5c);
                    Compress32(state32.AsSpan(iv.Length), block);
                    break;
                case OtpHashAlgorithm.Sha512:
                    state32 = [];
                    state64 = new ulong[16];
                    ShaCompression.Sha512Iv.CopyTo(state64);
                    ShaCompression.Sha512Iv.CopyTo(state64.AsSpan(8));
                    ShaCompression.XorPad(block, 0x36);
                    ShaCompression.Sha512(state64.AsSpan(0, 8), block);
                    ShaCompression.XorPad(block, 0x36 ^ 0x5c);
                    ShaCompression.Sha512(state64.AsSpan(8, 8), block);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(algorithm));
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(padded);
        }
    }

    internal OtpHashAlgorithm Algorithm { get; }

    /// <summary>HOTP truncation (RFC 4226, section 5.3) of HMAC(key, counter): the 31-bit value before the modulo.</summary>
    internal uint Truncate(ulong counter)
    {
        switch (Algorithm)
        {
            case OtpHashAlgorithm.Sha1:
            case OtpHashAlgorithm.Sha256:
            {
                // Inner hash: ipad state, then the counter padded in one block; outer: opad state, then the inner digest.
                var n = state32.Length / 2;
                Span<uint> s = stackalloc uint[n];
                Span<byte> block = stackalloc byte[64];
                block.Clear();
                state32.AsSpan(0, n).CopyTo(s);
                BinaryPrimitives.WriteUInt64BigEndian(block, counter);
                block[8] = 0x80;
                BinaryPrimitives.WriteUInt64BigEndian(block[56..], (64 + 8) * 8);
                Compress32(s, block);
                block[..9].Clear();
                WriteBigEndian(s, block);
                block[n * 4] = 0x80;
                BinaryPrimitives.WriteUInt64BigEndian(block[56..], (ulong)(64 + (n * 4)) * 8);
                state32.AsSpan(n, n).CopyTo(s);
                Compress32(s, block);
                return Dynamic32(s);
            }

            default:
            {
                Span<ulong> s = stackalloc ulong[8];
                Span<byte> block = stackalloc byte[128];
                block.Clear();
                state64.AsSpan(0, 8).CopyTo(s);
                BinaryPrimitives.WriteUInt64BigEndian(block, counter);
                block[8] = 0x80;
                BinaryPrimitives.WriteUInt64BigEndian(block[120..], (128 + 8) * 8);
                ShaCompression.Sha512(s, block);
                block[..9].Clear();
                for (var i = 0; i < 8; i++)
                {
                    BinaryPrimitives.WriteUInt64BigEndian(block[(i * 8)..], s[i]);
                }

                block[64] = 0x80;
                BinaryPrimitives.WriteUInt64BigEndian(block[120..], (128 + 64) * 8);
                state64.AsSpan(8, 8).CopyTo(s);
                ShaCompression.Sha512(s, block);
                return Dynamic64(s);
            }
        }
    }

    /// <summary>
    /// How many counters <see cref="TruncateMany"/> computes at once at no more cost than one: 4 where the CPU has
    /// AVX-512 and the hash runs in managed code (always SHA-512; SHA-1 and SHA-256 when no SHA block function of
    /// the platform is used, as one such call per block is faster still), else 1.
    /// </summary>
    internal int BatchSize => ShaFourLanes.IsSupported && Algorithm switch
    {
        OtpHashAlgorithm.Sha1 => !ShaCompression.IsSha1Native,
        OtpHashAlgorithm.Sha256 => !ShaCompression.IsSha256Native,
        _ => true,
    } ? 4 : 1;

    /// <summary><see cref="Truncate"/> of up to four counters, computed in the lanes of one vector where <see cref="BatchSize"/> says so.</summary>
    internal void TruncateMany(ReadOnlySpan<ulong> counters, Span<uint> values)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(counters.Length, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(values.Length, counters.Length);
        if (BatchSize == 1 || counters.Length == 1)
        {
            for (var i = 0; i < counters.Length; i++)
            {
                values[i] = Truncate(counters[i]);
            }

            return;
        }

        Span<ulong> lanes = stackalloc ulong[4];
        lanes.Clear();
        counters.CopyTo(lanes);
        if (Algorithm == OtpHashAlgorithm.Sha512)
        {
            TruncateLanes64(lanes, values[..counters.Length]);
        }
        else
        {
            TruncateLanes32(lanes, values[..counters.Length]);
        }
    }

    /// <summary>SHA-1 or SHA-256 HOTP truncations of four counters (<paramref name="lanes"/>) in the lanes of one vector; the first <paramref name="values"/>.Length are kept.</summary>
    internal void TruncateLanes32(ReadOnlySpan<ulong> lanes, Span<uint> values)
    {
        // Inner hash: the counter (two words), 0x80, the bit length of ipad block + 8 bytes; outer: the inner digest.
        var n = state32.Length / 2;
        Span<Vector128<uint>> s = stackalloc Vector128<uint>[8];
        Span<Vector128<uint>> w = stackalloc Vector128<uint>[16];
        w.Clear();
        for (var i = 0; i < n; i++)
        {
            s[i] = Vector128.Create(state32[i]);
        }

        w[0] = Vector128.Create((uint)(lanes[0] >> 32), (uint)(lanes[1] >> 32), (uint)(lanes[2] >> 32), (uint)(lanes[3] >> 32));
        w[1] = Vector128.Create(unchecked((uint)lanes[0]), unchecked((uint)lanes[1]), unchecked((uint)lanes[2]), unchecked((uint)lanes[3]));
        w[2] = Vector128.Create(0x80000000u);
        w[15] = Vector128.Create((uint)(64 + 8) * 8);
        CompressLanes32(s[..n], w);
        w.Clear();
        s[..n].CopyTo(w);
        w[n] = Vector128.Create(0x80000000u);
        w[15] = Vector128.Create((uint)(64 + (n * 4)) * 8);
        for (var i = 0; i < n; i++)
        {
            s[i] = Vector128.Create(state32[n + i]);
        }

        CompressLanes32(s[..n], w);
        Span<uint> digest = stackalloc uint[n];
        for (var lane = 0; lane < values.Length; lane++)
        {
            for (var i = 0; i < n; i++)
            {
                digest[i] = s[i].GetElement(lane);
            }

            values[lane] = Dynamic32(digest);
        }

        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(s));
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(w));
    }

    private static void CompressLanes32(Span<Vector128<uint>> state, Span<Vector128<uint>> w)
    {
        if (state.Length == 5)
        {
            ShaFourLanes.Sha1(state, w);
        }
        else
        {
            ShaFourLanes.Sha256(state, w);
        }
    }

    /// <summary>SHA-512 HOTP truncations of four counters in the lanes of one vector.</summary>
    internal void TruncateLanes64(ReadOnlySpan<ulong> lanes, Span<uint> values)
    {
        Span<Vector256<ulong>> s = stackalloc Vector256<ulong>[8];
        Span<Vector256<ulong>> w = stackalloc Vector256<ulong>[16];
        w.Clear();
        for (var i = 0; i < 8; i++)
        {
            s[i] = Vector256.Create(state64[i]);
        }

        w[0] = Vector256.Create(lanes[0], lanes[1], lanes[2], lanes[3]);
        w[1] = Vector256.Create(0x8000000000000000UL);
        w[15] = Vector256.Create((ulong)(128 + 8) * 8);
        ShaFourLanes.Sha512(s, w);
        s.CopyTo(w);
        w[8] = Vector256.Create(0x8000000000000000UL);
        w[9..15].Clear();
        w[15] = Vector256.Create((ulong)(128 + 64) * 8);
        for (var i = 0; i < 8; i++)
        {
            s[i] = Vector256.Create(state64[8 + i]);
        }

        ShaFourLanes.Sha512(s, w);
        Span<ulong> digest = stackalloc ulong[8];
        for (var lane = 0; lane < values.Length; lane++)
        {
            for (var i = 0; i < 8; i++)
            {
                digest[i] = s[i].GetElement(lane);
            }

            values[lane] = Dynamic64(digest);
        }

        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(s));
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(w));
    }

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(state32.AsSpan()));
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(state64.AsSpan()));
    }

    /// <summary>The SHA-1 or SHA-256 compression, told apart by the state's length (5 or 8 words).</summary>
    private static void Compress32(Span<uint> state, ReadOnlySpan<byte> block)
    {
        if (state.Length == 5)
        {
            ShaCompression.Sha1(state, block);
        }
        else
        {
            ShaCompression.Sha256(state, block);
        }
    }

    private static void WriteBigEndian(ReadOnlySpan<uint> words, Span<byte> destination)
    {
        for (var i = 0; i < words.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[(i * 4)..], words[i]);
        }
    }

    private static uint Dynamic32(ReadOnlySpan<uint> digest)
    {
        var offset = (int)(digest[^1] & 0xf);
        var value = 0u;
        for (var i = offset; i < offset + 4; i++)
        {
            value = (value << 8) | ((digest[i >> 2] >> (24 - (8 * (i & 3)))) & 0xff);
        }

        return value & 0x7fffffff;
    }

    private static uint Dynamic64(ReadOnlySpan<ulong> digest)
    {
        var offset = (int)(digest[^1] & 0xf);
        var value = 0u;
        for (var i = offset; i < offset + 4; i++)
        {
            value = (value << 8) | (uint)((digest[i >> 3] >> (56 - (8 * (i & 7)))) & 0xff);
        }

        return value & 0x7fffffff;
    }
}
