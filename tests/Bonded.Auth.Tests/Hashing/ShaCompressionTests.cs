using System.Buffers.Binary;
using System.Security.Cryptography;
using Bonded.Auth.Hashing;
using FsCheck;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Hashing;

/// <summary>
/// The compression functions, managed and (where the platform has them) native, checked by hashing whole messages
/// with them (Merkle-Damgård padding done here) against the platform's SHA-1, SHA-256 and SHA-512.
/// </summary>
public sealed class ShaCompressionTests
{
    public enum Implementation
    {
        Dispatched,
        Managed,
    }

    [Property(MaxTest = 300)]
    public bool Sha1_equals_the_platform_hash(byte[] message, bool managed) =>
        Sha1(message, managed ? ManagedSha.Sha1 : ShaCompression.Sha1).AsSpan().SequenceEqual(SHA1.HashData(message));

    [Property(MaxTest = 300)]
    public bool Sha256_equals_the_platform_hash(byte[] message, bool managed) =>
        Sha256(message, managed ? ManagedSha.Sha256 : ShaCompression.Sha256).AsSpan().SequenceEqual(SHA256.HashData(message));

    [Property(MaxTest = 300)]
    public bool Sha512_equals_the_platform_hash(byte[] message, bool managed) =>
        Sha512(message, managed ? ManagedSha.Sha512 : ShaCompression.Sha512).AsSpan().SequenceEqual(SHA512.HashData(message));

    [Theory]
    [InlineData(Implementation.Dispatched)]
    [InlineData(Implementation.Managed)]
    public void Every_length_up_to_300_bytes_hashes_as_the_platform_does(Implementation implementation)
    {
        var managed = implementation == Implementation.Managed;
        for (var length = 0; length <= 300; length++)
        {
            var message = new byte[length];
            RandomNumberGenerator.Fill(message);
            Assert.Equal(SHA1.HashData(message), Sha1(message, managed ? ManagedSha.Sha1 : ShaCompression.Sha1));
            Assert.Equal(SHA256.HashData(message), Sha256(message, managed ? ManagedSha.Sha256 : ShaCompression.Sha256));
            Assert.Equal(SHA512.HashData(message), Sha512(message, managed ? ManagedSha.Sha512 : ShaCompression.Sha512));
        }
    }

    [Property(MaxTest = 200)]
    public bool Native_and_managed_agree_on_arbitrary_states(NonNull<uint[]> seed, byte[] data)
    {
        var block = new byte[128];
        data.AsSpan(0, Math.Min(data.Length, 128)).CopyTo(block);
        var words = new uint[8];
        seed.Get.AsSpan(0, Math.Min(seed.Get.Length, 8)).CopyTo(words);
        var a = (uint[])words.Clone();
        var b = (uint[])words.Clone();
        ShaCompression.Sha256(a, block);
        ManagedSha.Sha256(b, block);
        var c = words.AsSpan(0, 5).ToArray();
        var d = (uint[])c.Clone();
        ShaCompression.Sha1(c, block);
        ManagedSha.Sha1(d, block);
        var e = words.Select(w => ((ulong)w << 32) | ~w).ToArray();
        var f = (ulong[])e.Clone();
        ShaCompression.Sha512(e, block);
        ManagedSha.Sha512(f, block);
        return a.SequenceEqual(b) && c.SequenceEqual(d) && e.SequenceEqual(f);
    }

    [Fact]
    public void Refuses_short_states_and_blocks()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ManagedSha.Sha256(new uint[7], new byte[64]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ManagedSha.Sha256(new uint[8], new byte[63]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ManagedSha.Sha1(new uint[4], new byte[64]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ManagedSha.Sha512(new ulong[8], new byte[127]));
    }

    private delegate void Compress32(Span<uint> state, ReadOnlySpan<byte> block);

    private delegate void Compress64(Span<ulong> state, ReadOnlySpan<byte> block);

    private static byte[] Sha1(byte[] message, Compress32 compress)
    {
        var state = ShaCompression.Sha1Iv.ToArray();
        foreach (var block in Padded(message, 64))
        {
            compress(state, block);
        }

        return BigEndian(state);
    }

    private static byte[] Sha256(byte[] message, Compress32 compress)
    {
        var state = ShaCompression.Sha256Iv.ToArray();
        foreach (var block in Padded(message, 64))
        {
            compress(state, block);
        }

        return BigEndian(state);
    }

    private static byte[] Sha512(byte[] message, Compress64 compress)
    {
        var state = ShaCompression.Sha512Iv.ToArray();
        foreach (var block in Padded(message, 128))
        {
            compress(state, block);
        }

        var digest = new byte[64];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(digest.AsSpan(i * 8), state[i]);
        }

        return digest;
    }

    private static IEnumerable<byte[]> Padded(byte[] message, int blockSize)
    {
        var lengthBytes = blockSize / 8;
        var total = (message.Length + 1 + lengthBytes + blockSize - 1) / blockSize * blockSize;
        var padded = new byte[total];
        message.CopyTo(padded, 0);
        padded[message.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(padded.AsSpan(total - 8), (ulong)message.Length * 8);
        for (var offset = 0; offset < total; offset += blockSize)
        {
            yield return padded[offset..(offset + blockSize)];
        }
    }

    private static byte[] BigEndian(uint[] state)
    {
        var digest = new byte[state.Length * 4];
        for (var i = 0; i < state.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), state[i]);
        }

        return digest;
    }
}
