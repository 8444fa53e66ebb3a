using System.Runtime.Intrinsics;
using Bonded.Auth.Hashing;
using FsCheck;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Hashing;

public sealed class ShaFourLanesTests
{
    [Property(MaxTest = 300)]
    public bool Each_SHA512_lane_equals_the_scalar_compression(NonNull<ulong[]> seeds, NonNull<byte[]> data)
    {
        if (!ShaFourLanes.IsSupported)
        {
            return true;
        }

        var blocks = new byte[4][];
        var states = new ulong[4][];
        for (var lane = 0; lane < 4; lane++)
        {
            blocks[lane] = new byte[128];
            for (var i = 0; i < 128; i++)
            {
                blocks[lane][i] = data.Get.Length == 0 ? (byte)(i + lane) : (byte)(data.Get[(i + (lane * 31)) % data.Get.Length] ^ lane);
            }

            states[lane] = new ulong[8];
            for (var i = 0; i < 8; i++)
            {
                states[lane][i] = seeds.Get.Length == 0 ? (ulong)i : unchecked(seeds.Get[(i + lane) % seeds.Get.Length] * (ulong)(lane + 3));
            }
        }

        var s = new Vector256<ulong>[8];
        var w = new Vector256<ulong>[16];
        for (var i = 0; i < 8; i++)
        {
            s[i] = Vector256.Create(states[0][i], states[1][i], states[2][i], states[3][i]);
        }

        for (var i = 0; i < 16; i++)
        {
            w[i] = Vector256.Create(Word(blocks[0], i), Word(blocks[1], i), Word(blocks[2], i), Word(blocks[3], i));
        }

        ShaFourLanes.Sha512(s, w);
        for (var lane = 0; lane < 4; lane++)
        {
            ManagedSha.Sha512(states[lane], blocks[lane]);
            for (var i = 0; i < 8; i++)
            {
                if (s[i].GetElement(lane) != states[lane][i])
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool Each_SHA1_and_SHA256_lane_equals_the_scalar_compression(NonNull<uint[]> seeds, NonNull<byte[]> data, bool sha1)
    {
        if (!ShaFourLanes.IsSupported)
        {
            return true;
        }

        var words = sha1 ? 5 : 8;
        var blocks = new byte[4][];
        var states = new uint[4][];
        for (var lane = 0; lane < 4; lane++)
        {
            blocks[lane] = new byte[64];
            for (var i = 0; i < 64; i++)
            {
                blocks[lane][i] = data.Get.Length == 0 ? (byte)(i + lane) : (byte)(data.Get[(i + (lane * 17)) % data.Get.Length] ^ lane);
            }

            states[lane] = new uint[words];
            for (var i = 0; i < words; i++)
            {
                states[lane][i] = seeds.Get.Length == 0 ? (uint)i : unchecked(seeds.Get[(i + lane) % seeds.Get.Length] * (uint)(lane + 3));
            }
        }

        var s = new Vector128<uint>[words];
        var w = new Vector128<uint>[16];
        for (var i = 0; i < words; i++)
        {
            s[i] = Vector128.Create(states[0][i], states[1][i], states[2][i], states[3][i]);
        }

        for (var i = 0; i < 16; i++)
        {
            w[i] = Vector128.Create(Word32(blocks[0], i), Word32(blocks[1], i), Word32(blocks[2], i), Word32(blocks[3], i));
        }

        if (sha1)
        {
            ShaFourLanes.Sha1(s, w);
        }
        else
        {
            ShaFourLanes.Sha256(s, w);
        }

        for (var lane = 0; lane < 4; lane++)
        {
            if (sha1)
            {
                ManagedSha.Sha1(states[lane], blocks[lane]);
            }
            else
            {
                ManagedSha.Sha256(states[lane], blocks[lane]);
            }

            for (var i = 0; i < words; i++)
            {
                if (s[i].GetElement(lane) != states[lane][i])
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Fact]
    public void Refuses_short_spans()
    {
        if (ShaFourLanes.IsSupported)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => ShaFourLanes.Sha512(new Vector256<ulong>[7], new Vector256<ulong>[16]));
            Assert.Throws<ArgumentOutOfRangeException>(() => ShaFourLanes.Sha512(new Vector256<ulong>[8], new Vector256<ulong>[15]));
            Assert.Throws<ArgumentOutOfRangeException>(() => ShaFourLanes.Sha1(new Vector128<uint>[4], new Vector128<uint>[16]));
            Assert.Throws<ArgumentOutOfRangeException>(() => ShaFourLanes.Sha256(new Vector128<uint>[7], new Vector128<uint>[16]));
        }
        else
        {
            Assert.Throws<PlatformNotSupportedException>(() => ShaFourLanes.Sha512(new Vector256<ulong>[8], new Vector256<ulong>[16]));
        }
    }

    private static uint Word32(byte[] block, int i) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(block.AsSpan(i * 4));

    private static ulong Word(byte[] block, int i) => System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(block.AsSpan(i * 8));
}
