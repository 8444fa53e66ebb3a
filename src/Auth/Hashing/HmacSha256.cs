using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Bonded.Auth.Hashing;

/// <summary>
/// HMAC-SHA256 (RFC 2104) built on <see cref="ShaCompression"/>, allocation-free: a key becomes its inner and outer
/// hash states (two compressions), which a fixed key keeps, and a message then costs one compression per 64 bytes
/// plus padding, and one for the outer hash. The macaroon chain HMACs short messages under a new key at every step,
/// where the platform's one-shot HMAC spends most of its time setting up a MAC context.
/// </summary>
[SkipLocalsInit] // every stack buffer is cleared or written before it is read
internal static class HmacSha256
{
    /// <summary>Size of an HMAC-SHA256 tag in bytes.</summary>
    internal const int TagSize = 32;

    private const int BlockSize = 64;

    /// <summary>HMAC-SHA256 of <paramref name="message"/> under <paramref name="key"/> (any length).</summary>
    internal static void Compute(ReadOnlySpan<byte> key, ReadOnlySpan<byte> message, Span<byte> destination)
    {
        var states = new PadStates(key);
        states.Compute(message, destination);
        states.Clear();
    }

    /// <summary>The hash states after absorbing key XOR ipad (words 0..7) and key XOR opad (words 8..15).</summary>
    [InlineArray(16)]
    [SkipLocalsInit]
    internal struct PadStates
    {
        private uint element;

        /// <summary>Prepares the states of <paramref name="key"/>; a key longer than a block is hashed first (RFC 2104).</summary>
        internal PadStates(ReadOnlySpan<byte> key)
        {
            Span<byte> block = stackalloc byte[BlockSize];
            block.Clear();
            if (key.Length > BlockSize)
            {
                SHA256.HashData(key, block);
            }
            else
            {
                key.CopyTo(block);
            }

            Span<uint> words = this;
            ShaCompression.XorPad(block, 0x36);
            ShaCompression.Sha256Iv.CopyTo(words);
            ShaCompression.Sha256(words[..8], block);
            ShaCompression.XorPad(block, 0x36 ^ 0x5c);
            ShaCompression.Sha256Iv.CopyTo(words[8..]);
            ShaCompression.Sha256(words[8..], block);
            CryptographicOperations.ZeroMemory(block);
        }

        /// <summary>HMAC of <paramref name="message"/> under the key these states were prepared from.</summary>
        internal readonly void Compute(ReadOnlySpan<byte> message, Span<byte> destination)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, TagSize);
            ReadOnlySpan<uint> words = this;
            Span<uint> state = stackalloc uint[8];
            words[..8].CopyTo(state);
            var whole = message.Length & ~(BlockSize - 1);
            for (var offset = 0; offset < whole; offset += BlockSize)
            {
                ShaCompression.Sha256(state, message.Slice(offset, BlockSize));
            }

            // The tail, the 0x80 marker and the 64-bit bit length of ipad block + message: one block or two.
            Span<byte> tail = stackalloc byte[2 * BlockSize];
            var rest = message.Length - whole;
            var tailLength = rest < BlockSize - 8 ? BlockSize : 2 * BlockSize;
            tail[..tailLength].Clear();
            message[whole..].CopyTo(tail);
            tail[rest] = 0x80;
            BinaryPrimitives.WriteUInt64BigEndian(tail[(tailLength - 8)..], ((ulong)message.Length + BlockSize) * 8);
            ShaCompression.Sha256(state, tail[..BlockSize]);
            if (tailLength > BlockSize)
            {
                ShaCompression.Sha256(state, tail[BlockSize..]);
            }

            // Outer hash: opad state, then the inner digest (32 bytes) padded in one block.
            var outer = tail[..BlockSize];
            for (var i = 0; i < 8; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(outer[(i * 4)..], state[i]);
            }

            outer[TagSize] = 0x80;
            outer[(TagSize + 1)..].Clear();
            BinaryPrimitives.WriteUInt64BigEndian(outer[(BlockSize - 8)..], (BlockSize + TagSize) * 8);
            words[8..].CopyTo(state);
            ShaCompression.Sha256(state, outer);
            for (var i = 0; i < 8; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(destination[(i * 4)..], state[i]);
            }

            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(state));
            CryptographicOperations.ZeroMemory(tail);
        }

        /// <summary>Erases the states (they are as secret as the key).</summary>
        internal void Clear() => ((Span<uint>)this).Clear();
    }
}
