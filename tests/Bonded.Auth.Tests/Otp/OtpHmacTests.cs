using System.Buffers.Binary;
using System.Security.Cryptography;
using Bonded.Auth.Otp;
using FsCheck;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Otp;

public sealed class OtpHmacTests
{
    [Property(MaxTest = 300)]
    public bool Truncate_equals_RFC_4226_truncation_of_the_platform_HMAC(NonNull<byte[]> secret, ulong counter, OtpHashAlgorithm algorithm)
    {
        if (!Enum.IsDefined(algorithm))
        {
            return true;
        }

        using var hmac = new OtpHmac(algorithm, secret.Get);
        return hmac.Truncate(counter) == Expected(algorithm, secret.Get, counter);
    }

    [Property(MaxTest = 300)]
    public bool TruncateMany_equals_Truncate_for_each_counter(NonNull<byte[]> secret, ulong first, PositiveInt count, OtpHashAlgorithm algorithm)
    {
        if (!Enum.IsDefined(algorithm))
        {
            return true;
        }

        using var hmac = new OtpHmac(algorithm, secret.Get);
        var n = ((count.Get - 1) % 4) + 1;
        var counters = Enumerable.Range(0, n).Select(i => unchecked(first + (ulong)(i * 7919))).ToArray();
        var values = new uint[n];
        hmac.TruncateMany(counters, values);
        return counters.Select(c => Expected(algorithm, secret.Get, c)).SequenceEqual(values);
    }

    [Property(MaxTest = 300)]
    public bool Vector_lanes_equal_Truncate_for_each_counter(NonNull<byte[]> secret, ulong first, OtpHashAlgorithm algorithm)
    {
        if (!Enum.IsDefined(algorithm) || !Bonded.Auth.Hashing.ShaFourLanes.IsSupported)
        {
            return true;
        }

        using var hmac = new OtpHmac(algorithm, secret.Get);
        var counters = Enumerable.Range(0, 4).Select(i => unchecked(first + (ulong)(i * 104729))).ToArray();
        var values = new uint[4];
        if (algorithm == OtpHashAlgorithm.Sha512)
        {
            hmac.TruncateLanes64(counters, values);
        }
        else
        {
            hmac.TruncateLanes32(counters, values);
        }

        return counters.Select(c => Expected(algorithm, secret.Get, c)).SequenceEqual(values);
    }

    [Fact]
    public void TruncateMany_refuses_more_than_four_counters()
    {
        using var hmac = new OtpHmac(OtpHashAlgorithm.Sha512, new byte[20]);
        Assert.Throws<ArgumentOutOfRangeException>(() => hmac.TruncateMany(new ulong[5], new uint[5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => hmac.TruncateMany(new ulong[3], new uint[2]));
    }

    private static uint Expected(OtpHashAlgorithm algorithm, byte[] secret, ulong counter)
    {
        var message = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(message, counter);
        var mac = algorithm switch
        {
            OtpHashAlgorithm.Sha1 => HMACSHA1.HashData(secret, message),
            OtpHashAlgorithm.Sha256 => HMACSHA256.HashData(secret, message),
            _ => HMACSHA512.HashData(secret, message),
        };
        var offset = mac[^1] & 0xf;
        return BinaryPrimitives.ReadUInt32BigEndian(mac.AsSpan(offset)) & 0x7fffffff;
    }
}
