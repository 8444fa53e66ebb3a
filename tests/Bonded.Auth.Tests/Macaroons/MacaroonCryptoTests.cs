using System.Security.Cryptography;
using System.Text;
using Bonded.Auth.Macaroons;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Macaroons;

public sealed class MacaroonCryptoTests
{
    private static readonly byte[] KeyGenerator = Encoding.ASCII.GetBytes("macaroons-key-generator");

    [Property(MaxTest = 300)]
    public bool DeriveKey_is_HMAC_SHA256_under_the_key_generator_key(byte[] rootKey)
    {
        var derived = new byte[MacaroonCrypto.SignatureSize];
        MacaroonCrypto.DeriveKey(rootKey, derived);
        return derived.AsSpan().SequenceEqual(HMACSHA256.HashData(KeyGenerator, rootKey));
    }

    [Property(MaxTest = 300)]
    public bool Hmac2_is_the_HMAC_of_both_HMACs(byte[] key, byte[] a, byte[] b)
    {
        var ours = new byte[MacaroonCrypto.SignatureSize];
        MacaroonCrypto.Hmac2(key, a, b, ours);
        byte[] both = [.. HMACSHA256.HashData(key, a), .. HMACSHA256.HashData(key, b)];
        var expected = HMACSHA256.HashData(key, both);
        return ours.AsSpan().SequenceEqual(expected);
    }

    [Fact]
    public void Concurrent_chains_give_the_same_signatures()
    {
        var rootKey = RandomNumberGenerator.GetBytes(32);
        var expected = Macaroon.Create(rootKey, "id", null).AddFirstPartyCaveat("a = 1").AddFirstPartyCaveat("b = 2").Signature.ToArray();
        Parallel.For(0, 2000, _ => Assert.Equal(
            expected,
            Macaroon.Create(rootKey, "id", null).AddFirstPartyCaveat("a = 1").AddFirstPartyCaveat("b = 2").Signature.ToArray()));
    }
}
