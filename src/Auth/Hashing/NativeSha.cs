using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bonded.Auth.Hashing;

/// <summary>
/// The compression functions of the platform's OpenSSL libcrypto (<c>SHA1_Transform</c>, <c>SHA256_Transform</c>,
/// <c>SHA512_Transform</c>), which use the CPU's SHA extensions where it has them. .NET exposes no SHA intrinsics
/// and its one-shot HMAC sets up an OpenSSL MAC context per call (over a microsecond), so a macaroon chain of short
/// messages is fastest one block call at a time. Linux only (where .NET itself loads libcrypto); each function is
/// used only after it reproduced the managed result on a test block, so elsewhere, or with an OpenSSL built without
/// these (deprecated but exported) functions, <see cref="ShaCompression"/> falls back to <see cref="ManagedSha"/>.
/// </summary>
[SkipLocalsInit]
internal static unsafe class NativeSha
{
    /// <summary>The AppContext switch that keeps every compression in managed code (should the deprecated low-level OpenSSL functions be unwanted).</summary>
    internal const string ManagedOnlySwitch = "Bonded.Auth.ManagedShaOnly";

    // Larger than SHA_CTX (96 bytes), SHA256_CTX (112) and SHA512_CTX (216); the chaining state comes first in each.
    private const int ContextBytes = 256;

    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*, byte*, void> Sha1Transform;
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*, byte*, void> Sha256Transform;
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*, byte*, void> Sha512Transform;

#pragma warning disable CA1810 // the probe needs statements; it runs once
    static NativeSha()
#pragma warning restore CA1810
    {
        if (!OperatingSystem.IsLinux()
            || (AppContext.TryGetSwitch(ManagedOnlySwitch, out var managedOnly) && managedOnly)
            || !TryLoad(out var library))
        {
            return;
        }

        Sha1Transform = Export(library, "SHA1_Transform");
        Sha256Transform = Export(library, "SHA256_Transform");
        Sha512Transform = Export(library, "SHA512_Transform");
        Span<byte> block = stackalloc byte[128];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = unchecked((byte)((i * 73) + 11));
        }

        Span<uint> managed32 = stackalloc uint[8];
        Span<uint> native32 = stackalloc uint[8];
        if (Sha1Transform != null)
        {
            Fill(managed32, 0x01234567u);
            Fill(native32, 0x01234567u);
            ManagedSha.Sha1(managed32, block);
            Transform(Sha1Transform, MemoryMarshal.AsBytes(native32[..5]), block, ContextBytes);
            if (!managed32[..5].SequenceEqual(native32[..5]))
            {
                Sha1Transform = null;
            }
        }

        if (Sha256Transform != null)
        {
            Fill(managed32, 0x89abcdefu);
            Fill(native32, 0x89abcdefu);
            ManagedSha.Sha256(managed32, block);
            Transform(Sha256Transform, MemoryMarshal.AsBytes(native32), block, ContextBytes);
            if (!managed32.SequenceEqual(native32))
            {
                Sha256Transform = null;
            }
        }

        if (Sha512Transform != null)
        {
            Span<ulong> managed64 = stackalloc ulong[8];
            Span<ulong> native64 = stackalloc ulong[8];
            for (var i = 0; i < 8; i++)
            {
                managed64[i] = native64[i] = unchecked(0x0123456789abcdefUL * (ulong)(i + 1));
            }

            ManagedSha.Sha512(managed64, block);
            Transform(Sha512Transform, MemoryMarshal.AsBytes(native64), block, ContextBytes);
            if (!managed64.SequenceEqual(native64))
            {
                Sha512Transform = null;
            }
        }
    }

    internal static bool HasSha1 => Sha1Transform != null;

    internal static bool HasSha256 => Sha256Transform != null;

    internal static bool HasSha512 => Sha512Transform != null;

    internal static void Sha1(Span<uint> state, ReadOnlySpan<byte> block) => Transform(Sha1Transform, MemoryMarshal.AsBytes(state[..5]), block[..64], 20);

    internal static void Sha256(Span<uint> state, ReadOnlySpan<byte> block) => Transform(Sha256Transform, MemoryMarshal.AsBytes(state[..8]), block[..64], 32);

    internal static void Sha512(Span<ulong> state, ReadOnlySpan<byte> block) => Transform(Sha512Transform, MemoryMarshal.AsBytes(state[..8]), block[..128], ContextBytes);

    /// <summary>
    /// Runs one transform on a context whose chaining state is <paramref name="state"/> (native byte order, as the
    /// context holds it), then erases the first <paramref name="erase"/> bytes of the context: the chaining state is
    /// as secret as the key, and SHA512_Transform may also copy the block into the context.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transform(delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*, byte*, void> transform, Span<byte> state, ReadOnlySpan<byte> block, int erase)
    {
        var context = stackalloc byte[ContextBytes];
        var chaining = new Span<byte>(context, state.Length);
        state.CopyTo(chaining);
        fixed (byte* data = block)
        {
            transform(context, data);
        }

        chaining.CopyTo(state);
        new Span<byte>(context, erase).Clear();
    }

    private static void Fill(Span<uint> words, uint seed)
    {
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = unchecked(seed * (uint)(i + 1));
        }
    }

    private static bool TryLoad(out IntPtr library)
    {
        foreach (var name in (ReadOnlySpan<string>)["libcrypto.so.3", "libcrypto.so.1.1"])
        {
            if (NativeLibrary.TryLoad(name, out library))
            {
                return true;
            }
        }

        library = IntPtr.Zero;
        return false;
    }

    private static delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*, byte*, void> Export(IntPtr library, string name) =>
        NativeLibrary.TryGetExport(library, name, out var address)
            ? (delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*, byte*, void>)address
            : null;
}
