using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Bonded.Auth.Hashing;

/// <summary>
/// SHA-1, SHA-256 and SHA-512 compression of four independent blocks at once, one per lane of a vector (32-bit
/// lanes of a 128-bit vector, 64-bit lanes of a 256-bit one; AVX-512VL rotates and three-input logic). A TOTP check
/// computes the HMACs of up to three time steps under one key; their round chains are independent, so four lanes
/// cost about what one scalar compression costs.
/// </summary>
internal static class ShaFourLanes
{
    /// <summary>Whether the CPU and runtime support this path.</summary>
    internal static bool IsSupported => Avx512F.VL.IsSupported;

    /// <summary>SHA-1: compresses the 16 message words of each lane (<paramref name="w"/>, overwritten) into the 5 state words of each lane.</summary>
    internal static void Sha1(Span<Vector128<uint>> state, Span<Vector128<uint>> w)
    {
        if (!IsSupported)
        {
            throw new PlatformNotSupportedException();
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(state.Length, 5);
        ArgumentOutOfRangeException.ThrowIfLessThan(w.Length, 16);
        ref var w0 = ref MemoryMarshal.GetReference(w);
        Vector128<uint> a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        for (var i = 0; i < 80; i++)
        {
            ref var slot = ref Unsafe.Add(ref w0, i & 15);
            if (i >= 16)
            {
                slot = Avx512F.VL.RotateLeft(
                    Avx512F.VL.TernaryLogic(Unsafe.Add(ref w0, (i - 3) & 15), Unsafe.Add(ref w0, (i - 8) & 15), Unsafe.Add(ref w0, (i - 14) & 15), 0x96) ^ slot, 1);
            }

            var (f, k) = i switch
            {
                < 20 => (Avx512F.VL.TernaryLogic(b, c, d, 0xCA), 0x5A827999u),
                < 40 => (Avx512F.VL.TernaryLogic(b, c, d, 0x96), 0x6ED9EBA1u),
                < 60 => (Avx512F.VL.TernaryLogic(b, c, d, 0xE8), 0x8F1BBCDCu),
                _ => (Avx512F.VL.TernaryLogic(b, c, d, 0x96), 0xCA62C1D6u),
            };
            var t = Avx512F.VL.RotateLeft(a, 5) + f + e + (Vector128.Create(k) + slot);
            e = d;
            d = c;
            c = Avx512F.VL.RotateLeft(b, 30);
            b = a;
            a = t;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
    }

    /// <summary>SHA-256: compresses the 16 message words of each lane (<paramref name="w"/>, overwritten) into the 8 state words of each lane.</summary>
    internal static void Sha256(Span<Vector128<uint>> state, Span<Vector128<uint>> w)
    {
        if (!IsSupported)
        {
            throw new PlatformNotSupportedException();
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(state.Length, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(w.Length, 16);
        ref var w0 = ref MemoryMarshal.GetReference(w);
        ref var k = ref MemoryMarshal.GetReference(ManagedSha.Sha256K);
        Vector128<uint> a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var i = 0; i < 64; i++)
        {
            ref var slot = ref Unsafe.Add(ref w0, i & 15);
            if (i >= 16)
            {
                var w15 = Unsafe.Add(ref w0, (i - 15) & 15);
                var w2 = Unsafe.Add(ref w0, (i - 2) & 15);
                slot += Xor3(Avx512F.VL.RotateRight(w15, 7), Avx512F.VL.RotateRight(w15, 18), Vector128.ShiftRightLogical(w15, 3))
                    + Unsafe.Add(ref w0, (i - 7) & 15)
                    + Xor3(Avx512F.VL.RotateRight(w2, 17), Avx512F.VL.RotateRight(w2, 19), Vector128.ShiftRightLogical(w2, 10));
            }

            var t1 = h + Xor3(Avx512F.VL.RotateRight(e, 6), Avx512F.VL.RotateRight(e, 11), Avx512F.VL.RotateRight(e, 25))
                + Avx512F.VL.TernaryLogic(e, f, g, 0xCA) + (Vector128.Create(Unsafe.Add(ref k, i)) + slot);
            var t2 = Xor3(Avx512F.VL.RotateRight(a, 2), Avx512F.VL.RotateRight(a, 13), Avx512F.VL.RotateRight(a, 22))
                + Avx512F.VL.TernaryLogic(a, b, c, 0xE8);
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    /// <summary>SHA-512: compresses the 16 message words of each lane (<paramref name="w"/>, overwritten) into the 8 state words of each lane.</summary>
    internal static void Sha512(Span<Vector256<ulong>> state, Span<Vector256<ulong>> w)
    {
        if (!IsSupported)
        {
            throw new PlatformNotSupportedException();
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(state.Length, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(w.Length, 16);
        ref var w0 = ref MemoryMarshal.GetReference(w);
        ref var k = ref MemoryMarshal.GetReference(ManagedSha.Sha512K);
        Vector256<ulong> a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var i = 0; i < 80; i++)
        {
            Vector256<ulong> wi;
            if (i < 16)
            {
                wi = Unsafe.Add(ref w0, i);
            }
            else
            {
                var w15 = Unsafe.Add(ref w0, (i - 15) & 15);
                var w2 = Unsafe.Add(ref w0, (i - 2) & 15);
                ref var slot = ref Unsafe.Add(ref w0, i & 15);
                slot += Xor3(Avx512F.VL.RotateRight(w15, 1), Avx512F.VL.RotateRight(w15, 8), Vector256.ShiftRightLogical(w15, 7))
                    + Unsafe.Add(ref w0, (i - 7) & 15)
                    + Xor3(Avx512F.VL.RotateRight(w2, 19), Avx512F.VL.RotateRight(w2, 61), Vector256.ShiftRightLogical(w2, 6));
                wi = slot;
            }

            var t1 = h + Xor3(Avx512F.VL.RotateRight(e, 14), Avx512F.VL.RotateRight(e, 18), Avx512F.VL.RotateRight(e, 41))
                + Avx512F.VL.TernaryLogic(e, f, g, 0xCA) + (Vector256.Create(Unsafe.Add(ref k, i)) + wi);
            var t2 = Xor3(Avx512F.VL.RotateRight(a, 28), Avx512F.VL.RotateRight(a, 34), Avx512F.VL.RotateRight(a, 39))
                + Avx512F.VL.TernaryLogic(a, b, c, 0xE8);
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> Xor3(Vector128<uint> x, Vector128<uint> y, Vector128<uint> z) => Avx512F.VL.TernaryLogic(x, y, z, 0x96);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Xor3(Vector256<ulong> x, Vector256<ulong> y, Vector256<ulong> z) => Avx512F.VL.TernaryLogic(x, y, z, 0x96);
}
