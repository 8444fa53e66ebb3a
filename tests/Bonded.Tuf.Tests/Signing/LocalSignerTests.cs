using System.Text;
using FsCheck.Xunit;

namespace Bonded.Tuf.Tests.Signing;

public sealed class LocalSignerTests
{
    public static IEnumerable<object[]> KeyVectors => TestVectors.Items("keys.json");

    public static IEnumerable<object[]> KeyTypeNames => [[KeyTypes.Ed25519], [KeyTypes.Ecdsa], [KeyTypes.EcdsaSha2Nistp256], [KeyTypes.Rsa]];

    [Theory]
    [MemberData(nameof(KeyVectors))]
    public void Key_ids_match_securesystemslib(int index)
    {
        var vector = TestVectors.Item("keys.json", index);
        var key = ReadKey(vector);
        Assert.Equal(vector.GetProperty("keyid").GetString(), key.KeyId);
    }

    [Theory]
    [MemberData(nameof(KeyVectors))]
    public void Python_signatures_verify_and_tampered_ones_do_not(int index)
    {
        var vector = TestVectors.Item("keys.json", index);
        var key = ReadKey(vector);
        var payload = Encoding.UTF8.GetBytes(vector.GetProperty("payload").GetString()!);
        var signature = Convert.FromHexString(vector.GetProperty("signature").GetString()!);
        Assert.True(key.Verify(payload, signature));
        payload[^2] ^= 1;
        Assert.False(key.Verify(payload, signature));
    }

    [Theory]
    [MemberData(nameof(KeyVectors))]
    public void Private_keys_from_pem_publish_the_same_public_key(int index)
    {
        var vector = TestVectors.Item("keys.json", index);
        var key = ReadKey(vector);
        using var signer = LocalSigner.FromPem(vector.GetProperty("private_pem").GetString()!, key.KeyType is KeyTypes.Rsa or KeyTypes.Ed25519 ? KeyTypes.Ecdsa : key.KeyType);
        Assert.Equal(key.KeyId, signer.PublicKey.KeyId);
        var payload = "payload"u8.ToArray();
        Assert.True(key.Verify(payload, signer.Sign(payload)));
    }

    [Theory]
    [MemberData(nameof(KeyTypeNames))]
    public void Generated_keys_round_trip_through_pem(string keyType)
    {
        using var signer = LocalSigner.Generate(keyType);
        Assert.Equal(keyType, signer.PublicKey.KeyType);
        using var loaded = LocalSigner.FromPem(signer.ExportPrivateKeyPem(), keyType == KeyTypes.Rsa || keyType == KeyTypes.Ed25519 ? KeyTypes.Ecdsa : keyType);
        Assert.Equal(signer.PublicKey.KeyId, loaded.PublicKey.KeyId);
        Assert.DoesNotContain("PRIVATE", signer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_key_types_fail_closed()
    {
        var key = new Key("dsa", "dsa-sha1", "abcd");
        Assert.Throws<UnsupportedKeyTypeException>(() => key.Verify("x"u8, "y"u8));
        var malformed = new Key(KeyTypes.Ed25519, KeyTypes.Ed25519, "zz");
        Assert.Throws<UnsupportedKeyTypeException>(() => malformed.Verify("x"u8, "y"u8));
        var mismatched = new Key(KeyTypes.Ed25519, KeyTypes.RsassaPssSha256, new string('a', 64));
        Assert.Throws<UnsupportedKeyTypeException>(() => mismatched.Verify("x"u8, "y"u8));
        Assert.Throws<UnsupportedKeyTypeException>(() => LocalSigner.Generate("dsa"));
        Assert.Throws<UnsupportedKeyTypeException>(() => LocalSigner.FromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
    }

    private static readonly LocalSigner[] Signers = [LocalSigner.Generate(KeyTypes.Ed25519), LocalSigner.Generate(KeyTypes.Ecdsa), LocalSigner.Generate(KeyTypes.Rsa)];

    [Property(MaxTest = 60)]
    public bool Sign_then_verify_succeeds_and_any_changed_byte_fails(byte signerIndex, byte[] payload, int position, byte flip)
    {
        payload ??= [];
        flip = flip == 0 ? (byte)1 : flip;
        position = position == int.MinValue ? 0 : Math.Abs(position);
        var signer = Signers[signerIndex % Signers.Length];
        var signature = signer.Sign(payload);
        var ok = signer.PublicKey.Verify(payload, signature);
        var changedSignature = (byte[])signature.Clone();
        changedSignature[position % changedSignature.Length] ^= flip;
        var badSignature = signer.PublicKey.Verify(payload, changedSignature);
        var badPayload = false;
        if (payload.Length > 0)
        {
            var changed = (byte[])payload.Clone();
            changed[position % changed.Length] ^= flip;
            badPayload = signer.PublicKey.Verify(changed, signature);
        }

        return ok && !badSignature && !badPayload;
    }

    internal static Key ReadKey(System.Text.Json.JsonElement vector)
    {
        var k = vector.GetProperty("key");
        return new Key(k.GetProperty("keytype").GetString()!, k.GetProperty("scheme").GetString()!, k.GetProperty("keyval").GetProperty("public").GetString()!);
    }
}
