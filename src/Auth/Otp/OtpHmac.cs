using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Bonded.Auth.Otp;

/// <summary>
/// HMAC over an 8-byte counter with the key's inner and outer hash states computed once (RFC 2104, section 4), so that
/// one HOTP value costs two compression-function calls and no allocation.
/// </summary>
internal sealed class OtpHmac : IDisposable
{
    private static readonly uint[] Sha1Iv = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];

    private static readonly uint[] Sha256Iv =
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];

    private static readonly uint[] Sha256K =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private static readonly ulong[] Sha512Iv =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    private static readonly ulong[] Sha512K =
    [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ];

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
        Span<byte> pad = stackalloc byte[128];
        try
        {
            switch (algorithm)
            {
                case OtpHashAlgorithm.Sha1:
                    state32 = new uint[10];
                    state64 = [];
                    Sha1Iv.CopyTo(state32, 0);
                    Sha1Iv.CopyTo(state32, 5);
                    Xor(block, 0x36, pad);
                    Sha1Compress(state32.AsSpan(0, 5), Words32(pad[..64]));
                    Xor(block, 0x5c, pad);
                    Sha1Compress(state32.AsSpan(5, 5), Words32(pad[..64]));
                    break;
                case OtpHashAlgorithm.Sha256:
                    state32 = new uint[16];
                    state64 = [];
                    Sha256Iv.CopyTo(state32, 0);
                    Sha256Iv.CopyTo(state32, 8);
                    Xor(block, 0x36, pad);
                    Sha256Compress(state32.AsSpan(0, 8), Words32(pad[..64]));
                    Xor(block, 0x5c, pad);
                    Sha256Compress(state32.AsSpan(8, 8), Words32(pad[..64]));
                    break;
                case OtpHashAlgorithm.Sha512:
                    state32 = [];
                    state64 = new ulong[16];
                    Sha512Iv.CopyTo(state64, 0);
                    Sha512Iv.CopyTo(state64, 8);
                    Xor(block, 0x36, pad);
                    Sha512Compress(state64.AsSpan(0, 8), Words64(pad));
                    Xor(block, 0x5c, pad);
                    Sha512Compress(state64.AsSpan(8, 8), Words64(pad));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(algorithm));
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(padded);
            CryptographicOperations.ZeroMemory(pad);
        }
    }

    internal OtpHashAlgorithm Algorithm { get; }

    /// <summary>HOTP truncation (RFC 4226, section 5.3) of HMAC(key, counter): the 31-bit value before the modulo.</summary>
    internal uint Truncate(ulong counter)
    {
        switch (Algorithm)
        {
            case OtpHashAlgorithm.Sha1:
            {
                Span<uint> s = stackalloc uint[8];
                Span<uint> w = stackalloc uint[16];
                w.Clear();
                state32.AsSpan(0, 5).CopyTo(s);
                w[0] = (uint)(counter >> 32);
                w[1] = unchecked((uint)counter);
                w[2] = 0x80000000;
                w[15] = (64 + 8) * 8;
                Sha1Compress(s[..5], w);
                w.Clear();
                s[..5].CopyTo(w);
                w[5] = 0x80000000;
                w[15] = (64 + 20) * 8;
                state32.AsSpan(5, 5).CopyTo(s);
                Sha1Compress(s[..5], w);
                return Dynamic32(s[..5]);
            }

            case OtpHashAlgorithm.Sha256:
            {
                Span<uint> s = stackalloc uint[8];
                Span<uint> w = stackalloc uint[16];
                w.Clear();
                state32.AsSpan(0, 8).CopyTo(s);
                w[0] = (uint)(counter >> 32);
                w[1] = unchecked((uint)counter);
                w[2] = 0x80000000;
                w[15] = (64 + 8) * 8;
                Sha256Compress(s, w);
                w.Clear();
                s.CopyTo(w);
                w[8] = 0x80000000;
                w[15] = (64 + 32) * 8;
                state32.AsSpan(8, 8).CopyTo(s);
                Sha256Compress(s, w);
                return Dynamic32(s);
            }

            default:
            {
                Span<ulong> s = stackalloc ulong[8];
                Span<ulong> w = stackalloc ulong[16];
                w.Clear();
                state64.AsSpan(0, 8).CopyTo(s);
                w[0] = counter;
                w[1] = 0x8000000000000000;
                w[15] = (128 + 8) * 8;
                Sha512Compress(s, w);
                w.Clear();
                s.CopyTo(w);
                w[8] = 0x8000000000000000;
                w[15] = (128 + 64) * 8;
                state64.AsSpan(8, 8).CopyTo(s);
                Sha512Compress(s, w);
                return Dynamic64(s);
            }
        }
    }

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(state32.AsSpan()));
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(state64.AsSpan()));
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

    private static void Xor(ReadOnlySpan<byte> block, byte value, Span<byte> output)
    {
        for (var i = 0; i < block.Length; i++)
        {
            output[i] = (byte)(block[i] ^ value);
        }
    }

    private static uint[] Words32(ReadOnlySpan<byte> block)
    {
        var words = new uint[16];
        for (var i = 0; i < 16; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(i * 4)..]);
        }

        return words;
    }

    private static ulong[] Words64(ReadOnlySpan<byte> block)
    {
        var words = new ulong[16];
        for (var i = 0; i < 16; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt64BigEndian(block[(i * 8)..]);
        }

        return words;
    }

    /// <summary>SHA-1 compression (FIPS 180-4, 6.1.2) with the message schedule kept in a rolling 16-word buffer.</summary>
    private static void Sha1Compress(Span<uint> h, ReadOnlySpan<uint> block)
    {
        unchecked
        {
            Span<uint> w = stackalloc uint[16];
            block[..16].CopyTo(w);
            uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
            int i;
            for (i = 0; i < 20; i++)
            {
                var t = BitOperations.RotateLeft(a, 5) + (d ^ (b & (c ^ d))) + e + 0x5A827999 + Schedule(w, i);
                e = d;
                d = c;
                c = BitOperations.RotateLeft(b, 30);
                b = a;
                a = t;
            }

            for (; i < 40; i++)
            {
                var t = BitOperations.RotateLeft(a, 5) + (b ^ c ^ d) + e + 0x6ED9EBA1 + Schedule(w, i);
                e = d;
                d = c;
                c = BitOperations.RotateLeft(b, 30);
                b = a;
                a = t;
            }

            for (; i < 60; i++)
            {
                var t = BitOperations.RotateLeft(a, 5) + ((b & c) | (d & (b | c))) + e + 0x8F1BBCDC + Schedule(w, i);
                e = d;
                d = c;
                c = BitOperations.RotateLeft(b, 30);
                b = a;
                a = t;
            }

            for (; i < 80; i++)
            {
                var t = BitOperations.RotateLeft(a, 5) + (b ^ c ^ d) + e + 0xCA62C1D6 + Schedule(w, i);
                e = d;
                d = c;
                c = BitOperations.RotateLeft(b, 30);
                b = a;
                a = t;
            }

            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
        }
    }

    /// <summary>The message schedule word for round <paramref name="i"/>; the 0..15 masks keep every access in bounds, so no check is needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Schedule(Span<uint> w, int i)
    {
        ref var w0 = ref MemoryMarshal.GetReference(w);
        if (i < 16)
        {
            return Unsafe.Add(ref w0, i);
        }

        var value = BitOperations.RotateLeft(
            Unsafe.Add(ref w0, (i - 3) & 15) ^ Unsafe.Add(ref w0, (i - 8) & 15) ^ Unsafe.Add(ref w0, (i - 14) & 15) ^ Unsafe.Add(ref w0, i & 15), 1);
        Unsafe.Add(ref w0, i & 15) = value;
        return value;
    }

    /// <summary>SHA-256 compression (FIPS 180-4, 6.2.2) with a rolling 16-word schedule.</summary>
    private static void Sha256Compress(Span<uint> h, ReadOnlySpan<uint> block)
    {
        unchecked
        {
            Span<uint> w = stackalloc uint[16];
            block[..16].CopyTo(w);
            uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
            var k = Sha256K;
            for (var i = 0; i < 64; i++)
            {
                uint wi;
                if (i < 16)
                {
                    wi = w[i];
                }
                else
                {
                    var w15 = w[(i - 15) & 15];
                    var w2 = w[(i - 2) & 15];
                    var s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
                    var s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
                    wi = w[i & 15] + s0 + w[(i - 7) & 15] + s1;
                    w[i & 15] = wi;
                }

                var t1 = hh + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                    + ((e & f) ^ (~e & g)) + k[i] + wi;
                var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                    + ((a & b) ^ (a & c) ^ (b & c));
                hh = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }

            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
            h[5] += f;
            h[6] += g;
            h[7] += hh;
        }
    }

    /// <summary>SHA-512 compression (FIPS 180-4, 6.4.2) with a rolling 16-word schedule.</summary>
    private static void Sha512Compress(Span<ulong> h, ReadOnlySpan<ulong> block)
    {
        unchecked
        {
            Span<ulong> w = stackalloc ulong[16];
            block[..16].CopyTo(w);
            ulong a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
            var k = Sha512K;
            for (var i = 0; i < 80; i++)
            {
                ulong wi;
                if (i < 16)
                {
                    wi = w[i];
                }
                else
                {
                    var w15 = w[(i - 15) & 15];
                    var w2 = w[(i - 2) & 15];
                    var s0 = BitOperations.RotateRight(w15, 1) ^ BitOperations.RotateRight(w15, 8) ^ (w15 >> 7);
                    var s1 = BitOperations.RotateRight(w2, 19) ^ BitOperations.RotateRight(w2, 61) ^ (w2 >> 6);
                    wi = w[i & 15] + s0 + w[(i - 7) & 15] + s1;
                    w[i & 15] = wi;
                }

                var t1 = hh + (BitOperations.RotateRight(e, 14) ^ BitOperations.RotateRight(e, 18) ^ BitOperations.RotateRight(e, 41))
                    + ((e & f) ^ (~e & g)) + k[i] + wi;
                var t2 = (BitOperations.RotateRight(a, 28) ^ BitOperations.RotateRight(a, 34) ^ BitOperations.RotateRight(a, 39))
                    + ((a & b) ^ (a & c) ^ (b & c));
                hh = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }

            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
            h[5] += f;
            h[6] += g;
            h[7] += hh;
        }
    }
}
