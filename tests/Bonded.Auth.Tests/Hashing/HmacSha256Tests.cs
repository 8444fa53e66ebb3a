using System.Security.Cryptography;
using System.Text;
using Bonded.Auth.Hashing;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Hashing;

public sealed class HmacSha256Tests
{
    [Property(MaxTest = 500)]
    public bool Equals_the_platform_HMAC_for_random_keys_and_messages(byte[] key, byte[] message) =>
        Ours(key, message).AsSpan().SequenceEqual(HMACSHA256.HashData(key, message));

    [Fact]
    public void Equals_the_platform_HMAC_for_every_message_length_up_to_300_and_every_key_length_up_to_200()
    {
        for (var length = 0; length <= 300; length++)
        {
            var message = new byte[length];
            RandomNumberGenerator.Fill(message);
            var key = new byte[length % 201];
            RandomNumberGenerator.Fill(key);
            Assert.Equal(HMACSHA256.HashData(key, message), Ours(key, message));
            Assert.Equal(HMACSHA256.HashData(message, key), Ours(message, key));
        }
    }

    [Fact]
    public void Reproduces_the_RFC_4231_test_cases()
    {
        // RFC 4231, test cases 1, 2 and 6 (a 131-byte key, hashed first).
        Assert.Equal(
            Convert.FromHexString("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            Ours(Enumerable.Repeat((byte)0x0b, 20).ToArray(), Encoding.ASCII.GetBytes("Hi There")));
        Assert.Equal(
            Convert.FromHexString("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            Ours(Encoding.ASCII.GetBytes("Jefe"), Encoding.ASCII.GetBytes("what do ya want for nothing?")));
        Assert.Equal(
            Convert.FromHexString("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
            Ours(Enumerable.Repeat((byte)0xaa, 131).ToArray(), Encoding.ASCII.GetBytes("Test Using Larger Than Block-Size Key - Hash Key First")));
    }

    [Property(MaxTest = 200)]
    public bool Prepared_states_are_reusable(byte[] key, byte[] first, byte[] second)
    {
        var states = new HmacSha256.PadStates(key);
        var a = new byte[HmacSha256.TagSize];
        var b = new byte[HmacSha256.TagSize];
        states.Compute(first, a);
        states.Compute(second, b);
        states.Clear();
        return a.AsSpan().SequenceEqual(HMACSHA256.HashData(key, first)) && b.AsSpan().SequenceEqual(HMACSHA256.HashData(key, second));
    }

    [Fact]
    public void Refuses_a_destination_shorter_than_a_tag() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HmacSha256.Compute([1, 2, 3], [4], new byte[31]));

    private static byte[] Ours(byte[] key, byte[] message)
    {
        var tag = new byte[HmacSha256.TagSize];
        HmacSha256.Compute(key, message, tag);
        return tag;
    }
}
