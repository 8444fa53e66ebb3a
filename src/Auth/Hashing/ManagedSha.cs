using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bonded.Auth.Hashing;

/// <summary>
/// The SHA-1, SHA-256 and SHA-512 compression functions (FIPS 180-4, sections 6.1.2, 6.2.2 and 6.4.2) in portable
/// managed code: the working variables stay in locals, the SHA-1 rounds are unrolled five at a time by renaming
/// the variables instead of moving them, and the message schedule is a rolling 16-word buffer indexed with masks,
/// so no access needs a bounds check.
/// </summary>
internal static class ManagedSha
{
    internal static ReadOnlySpan<uint> Sha256K =>
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

    internal static ReadOnlySpan<ulong> Sha512K =>
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

    /// <summary>SHA-1 compression of one 64-byte block into a five-word state.</summary>
    internal static void Sha1(Span<uint> state, ReadOnlySpan<byte> block)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(state.Length, 5);
        ArgumentOutOfRangeException.ThrowIfLessThan(block.Length, 64);
        Span<uint> w = stackalloc uint[16];
        Load(block, w);
        ref var w0 = ref MemoryMarshal.GetReference(w);
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        unchecked
        {
            for (var i = 0; i < 20; i += 5)
            {
                e += BitOperations.RotateLeft(a, 5) + (d ^ (b & (c ^ d))) + 0x5A827999 + Sha1W(ref w0, i);
                b = BitOperations.RotateLeft(b, 30);
                d += BitOperations.RotateLeft(e, 5) + (c ^ (a & (b ^ c))) + 0x5A827999 + Sha1W(ref w0, i + 1);
                a = BitOperations.RotateLeft(a, 30);
                c += BitOperations.RotateLeft(d, 5) + (b ^ (e & (a ^ b))) + 0x5A827999 + Sha1W(ref w0, i + 2);
                e = BitOperations.RotateLeft(e, 30);
                b += BitOperations.RotateLeft(c, 5) + (a ^ (d & (e ^ a))) + 0x5A827999 + Sha1W(ref w0, i + 3);
                d = BitOperations.RotateLeft(d, 30);
                a += BitOperations.RotateLeft(b, 5) + (e ^ (c & (d ^ e))) + 0x5A827999 + Sha1W(ref w0, i + 4);
                c = BitOperations.RotateLeft(c, 30);
            }

            for (var i = 20; i < 40; i += 5)
            {
                e += BitOperations.RotateLeft(a, 5) + (b ^ c ^ d) + 0x6ED9EBA1 + Sha1W(ref w0, i);
                b = BitOperations.RotateLeft(b, 30);
                d += BitOperations.RotateLeft(e, 5) + (a ^ b ^ c) + 0x6ED9EBA1 + Sha1W(ref w0, i + 1);
                a = BitOperations.RotateLeft(a, 30);
                c += BitOperations.RotateLeft(d, 5) + (e ^ a ^ b) + 0x6ED9EBA1 + Sha1W(ref w0, i + 2);
                e = BitOperations.RotateLeft(e, 30);
                b += BitOperations.RotateLeft(c, 5) + (d ^ e ^ a) + 0x6ED9EBA1 + Sha1W(ref w0, i + 3);
                d = BitOperations.RotateLeft(d, 30);
                a += BitOperations.RotateLeft(b, 5) + (c ^ d ^ e) + 0x6ED9EBA1 + Sha1W(ref w0, i + 4);
                c = BitOperations.RotateLeft(c, 30);
            }

            for (var i = 40; i < 60; i += 5)
            {
                e += BitOperations.RotateLeft(a, 5) + ((b & c) | (d & (b | c))) + 0x8F1BBCDC + Sha1W(ref w0, i);
                b = BitOperations.RotateLeft(b, 30);
                d += BitOperations.RotateLeft(e, 5) + ((a & b) | (c & (a | b))) + 0x8F1BBCDC + Sha1W(ref w0, i + 1);
                a = BitOperations.RotateLeft(a, 30);
                c += BitOperations.RotateLeft(d, 5) + ((e & a) | (b & (e | a))) + 0x8F1BBCDC + Sha1W(ref w0, i + 2);
                e = BitOperations.RotateLeft(e, 30);
                b += BitOperations.RotateLeft(c, 5) + ((d & e) | (a & (d | e))) + 0x8F1BBCDC + Sha1W(ref w0, i + 3);
                d = BitOperations.RotateLeft(d, 30);
                a += BitOperations.RotateLeft(b, 5) + ((c & d) | (e & (c | d))) + 0x8F1BBCDC + Sha1W(ref w0, i + 4);
                c = BitOperations.RotateLeft(c, 30);
            }

            for (var i = 60; i < 80; i += 5)
            {
                e += BitOperations.RotateLeft(a, 5) + (b ^ c ^ d) + 0xCA62C1D6 + Sha1W(ref w0, i);
                b = BitOperations.RotateLeft(b, 30);
                d += BitOperations.RotateLeft(e, 5) + (a ^ b ^ c) + 0xCA62C1D6 + Sha1W(ref w0, i + 1);
                a = BitOperations.RotateLeft(a, 30);
                c += BitOperations.RotateLeft(d, 5) + (e ^ a ^ b) + 0xCA62C1D6 + Sha1W(ref w0, i + 2);
                e = BitOperations.RotateLeft(e, 30);
                b += BitOperations.RotateLeft(c, 5) + (d ^ e ^ a) + 0xCA62C1D6 + Sha1W(ref w0, i + 3);
                d = BitOperations.RotateLeft(d, 30);
                a += BitOperations.RotateLeft(b, 5) + (c ^ d ^ e) + 0xCA62C1D6 + Sha1W(ref w0, i + 4);
                c = BitOperations.RotateLeft(c, 30);
            }

            state[0] += a;
            state[1] += b;
            state[2] += c;
            state[3] += d;
            state[4] += e;
        }
    }

    /// <summary>SHA-256 compression of one 64-byte block into an eight-word state.</summary>
    internal static void Sha256(Span<uint> state, ReadOnlySpan<byte> block)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(state.Length, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(block.Length, 64);
        Span<uint> w = stackalloc uint[16];
        Load(block, w);
        ref var w0 = ref MemoryMarshal.GetReference(w);
        ref var k = ref MemoryMarshal.GetReference(Sha256K);
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        unchecked
        {
            for (var i = 0; i < 16; i++)
            {
                var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25)) + (g ^ (e & (f ^ g))) + Unsafe.Add(ref k, i) + Unsafe.Add(ref w0, i);
                var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) + ((a & b) | (c & (a | b)));
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }

            for (var i = 16; i < 64; i++)
            {
                var w15 = Unsafe.Add(ref w0, (i - 15) & 15);
                var w2 = Unsafe.Add(ref w0, (i - 2) & 15);
                ref var wi = ref Unsafe.Add(ref w0, i & 15);
                wi += (BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3)) + Unsafe.Add(ref w0, (i - 7) & 15) + (BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10));
                var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25)) + (g ^ (e & (f ^ g))) + Unsafe.Add(ref k, i) + wi;
                var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) + ((a & b) | (c & (a | b)));
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }
        }

        unchecked
        {
            state[0] += a;
            state[1] += b;
            state[2] += c;
            state[3] += d;
            state[4] += e;
            state[5] += f;
            state[6] += g;
            state[7] += h;
        }
    }

    /// <summary>SHA-512 compression of one 128-byte block into an eight-word state.</summary>
    internal static void Sha512(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(state.Length, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(block.Length, 128);
        Span<ulong> w = stackalloc ulong[16];
        for (var i = 0; i < 16; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt64BigEndian(block[(i * 8)..]);
        }

        ref var w0 = ref MemoryMarshal.GetReference(w);
        ref var k = ref MemoryMarshal.GetReference(Sha512K);
        ulong a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        unchecked
        {
            for (var i = 0; i < 16; i++)
            {
                var t1 = h + (BitOperations.RotateRight(e, 14) ^ BitOperations.RotateRight(e, 18) ^ BitOperations.RotateRight(e, 41)) + (g ^ (e & (f ^ g))) + Unsafe.Add(ref k, i) + Unsafe.Add(ref w0, i);
                var t2 = (BitOperations.RotateRight(a, 28) ^ BitOperations.RotateRight(a, 34) ^ BitOperations.RotateRight(a, 39)) + ((a & b) | (c & (a | b)));
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }

            for (var i = 16; i < 80; i++)
            {
                var w15 = Unsafe.Add(ref w0, (i - 15) & 15);
                var w2 = Unsafe.Add(ref w0, (i - 2) & 15);
                ref var wi = ref Unsafe.Add(ref w0, i & 15);
                wi += (BitOperations.RotateRight(w15, 1) ^ BitOperations.RotateRight(w15, 8) ^ (w15 >> 7)) + Unsafe.Add(ref w0, (i - 7) & 15) + (BitOperations.RotateRight(w2, 19) ^ BitOperations.RotateRight(w2, 61) ^ (w2 >> 6));
                var t1 = h + (BitOperations.RotateRight(e, 14) ^ BitOperations.RotateRight(e, 18) ^ BitOperations.RotateRight(e, 41)) + (g ^ (e & (f ^ g))) + Unsafe.Add(ref k, i) + wi;
                var t2 = (BitOperations.RotateRight(a, 28) ^ BitOperations.RotateRight(a, 34) ^ BitOperations.RotateRight(a, 39)) + ((a & b) | (c & (a | b)));
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }
        }

        unchecked
        {
            state[0] += a;
            state[1] += b;
            state[2] += c;
            state[3] += d;
            state[4] += e;
            state[5] += f;
            state[6] += g;
            state[7] += h;
        }
    }

    private static void Load(ReadOnlySpan<byte> block, Span<uint> w)
    {
        for (var i = 0; i < 16; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(i * 4)..]);
        }
    }

    /// <summary>SHA-1 message schedule word for round <paramref name="i"/> (0..79); the 0..15 masks keep every access inside the 16-word buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Sha1W(ref uint w0, int i)
    {
        if (i < 16)
        {
            return Unsafe.Add(ref w0, i);
        }

        var value = BitOperations.RotateLeft(
            Unsafe.Add(ref w0, (i - 3) & 15) ^ Unsafe.Add(ref w0, (i - 8) & 15) ^ Unsafe.Add(ref w0, (i - 14) & 15) ^ Unsafe.Add(ref w0, i & 15), 1);
        Unsafe.Add(ref w0, i & 15) = value;
        return value;
    }
}
