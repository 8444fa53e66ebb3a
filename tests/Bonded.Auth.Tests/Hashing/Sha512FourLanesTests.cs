using System.Runtime.Intrinsics;
using Bonded.Auth.Hashing;
using FsCheck;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Hashing;

public sealed class Sha512FourLanesTests
{
    [Property(MaxTest = 300)]
    public bool Each_lane_equals_the_scalar_compression(NonNull<ulong[]> seeds, NonNull<byte[]> data)
    {
        if (!Sha512FourLanes.IsSupported)
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

        Sha512FourLanes.Compress(s, w);
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

    [Fact]
    public void Refuses_short_spans()
    {
        if (Sha512FourLanes.IsSupported)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Sha512FourLanes.Compress(new Vector256<ulong>[7], new Vector256<ulong>[16]));
            Assert.Throws<ArgumentOutOfRangeException>(() => Sha512FourLanes.Compress(new Vector256<ulong>[8], new Vector256<ulong>[15]));
        }
        else
        {
            Assert.Throws<PlatformNotSupportedException>(() => Sha512FourLanes.Compress(new Vector256<ulong>[8], new Vector256<ulong>[16]));
        }
    }

    private static ulong Word(byte[] block, int i) => System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(block.AsSpan(i * 8));
}
