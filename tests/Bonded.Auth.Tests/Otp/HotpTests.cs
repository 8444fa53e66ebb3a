using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bonded.Auth.Otp;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Otp;

public sealed class HotpTests
{
    private static JsonElement Rfc4226 => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "rfc4226-hotp.json"))).RootElement;

    public static TheoryData<long, string> Rfc4226Vectors()
    {
        var data = new TheoryData<long, string>();
        foreach (var v in Rfc4226.GetProperty("vectors").EnumerateArray())
        {
            data.Add(v.GetProperty("counter").GetInt64(), v.GetProperty("code").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rfc4226Vectors))]
    public void Computes_the_RFC_4226_values(long counter, string code)
    {
        using var key = new OtpKey(Encoding.ASCII.GetBytes(Rfc4226.GetProperty("secretAscii").GetString()!));
        Assert.Equal(code, Hotp.Compute(key, counter));
    }

    [Theory]
    [InlineData(OtpHashAlgorithm.Sha1)]
    [InlineData(OtpHashAlgorithm.Sha256)]
    [InlineData(OtpHashAlgorithm.Sha512)]
    public void Look_ahead_finds_the_first_matching_counter_with_every_hash(OtpHashAlgorithm algorithm)
    {
        using var key = new OtpKey(Encoding.ASCII.GetBytes("12345678901234567890"), algorithm);
        for (var target = 10; target <= 19; target++)
        {
            Assert.True(Hotp.TryMatch(key, Hotp.Compute(key, target), 10, 9, out var matched));
            Assert.Equal(Enumerable.Range(10, 10).First(c => Hotp.Compute(key, c) == Hotp.Compute(key, target)), matched);
        }

        var beyond = Hotp.Compute(key, 25);
        Assert.Equal(Enumerable.Range(10, 10).Any(c => Hotp.Compute(key, c) == beyond), Hotp.TryMatch(key, beyond, 10, 9, out _));
    }

    [Fact]
    public void Look_ahead_stops_at_the_largest_counter()
    {
        using var key = new OtpKey(Encoding.ASCII.GetBytes("12345678901234567890"), OtpHashAlgorithm.Sha512);
        Assert.True(Hotp.TryMatch(key, Hotp.Compute(key, long.MaxValue), long.MaxValue - 2, 100, out var matched));
        Assert.Equal(long.MaxValue, matched);
    }

    [Fact]
    public void Matches_within_the_look_ahead_and_reports_the_counter()
    {
        using var key = new OtpKey(Encoding.ASCII.GetBytes("12345678901234567890"));
        Assert.True(Hotp.TryMatch(key, "969 429", 1, 5, out var matched));
        Assert.Equal(3, matched);
        Assert.False(Hotp.TryMatch(key, "969429", 4, 5, out _));
        Assert.False(Hotp.TryMatch(key, "969429", 0, 2, out _));
    }

    [Property(MaxTest = 300)]
    public bool Agrees_with_the_platform_HMAC_for_every_hash(byte[] seed, long counter, byte algorithmByte)
    {
        var algorithm = (OtpHashAlgorithm)(algorithmByte % 3);
        var secret = new byte[16 + ((seed?.Length ?? 0) % 200)];
        seed?.CopyTo(secret, 0);
        using var key = new OtpKey(secret, algorithm, 8);
        var message = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(message, counter);
        var mac = algorithm switch
        {
            OtpHashAlgorithm.Sha1 => HMACSHA1.HashData(secret, message),
            OtpHashAlgorithm.Sha256 => HMACSHA256.HashData(secret, message),
            _ => HMACSHA512.HashData(secret, message),
        };
        var offset = mac[^1] & 0xf;
        var binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
        return Hotp.Compute(key, counter) == (binary % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
