using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using NSec.Cryptography;

namespace Bonded.Tuf;

/// <summary>Verifies signatures for the supported key types; anything else fails closed.</summary>
internal static class SignatureVerifier
{
    private static readonly ConditionalWeakTable<Key, object> Parsed = [];

    public static bool Verify(Key key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        var parsed = Parsed.GetValue(key, Import);
        return parsed switch
        {
            PublicKey ed25519 => SignatureAlgorithm.Ed25519.Verify(ed25519, data, signature),
            ECDsa ecdsa => VerifyEcdsa(ecdsa, data, signature),
            RSA rsa => VerifyRsa(rsa, data, signature),
            UnsupportedKeyTypeException unsupported => throw new UnsupportedKeyTypeException(unsupported.Message),
            _ => throw new UnsupportedKeyTypeException("Unsupported key."),
        };
    }

    // One imported key object is shared by every thread verifying with that key; its members are not documented as thread-safe.
    private static bool VerifyEcdsa(ECDsa key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        lock (key)
        {
            return key.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
    }

    private static bool VerifyRsa(RSA key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        lock (key)
        {
            return key.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        }
    }

    /// <summary>Whether the key type and scheme are supported and the public value is well formed.</summary>
    public static bool IsSupported(Key key) => Parsed.GetValue(key, Import) is not UnsupportedKeyTypeException;

    private static object Import(Key key)
    {
        try
        {
            switch (key.KeyType, key.Scheme)
            {
                case (KeyTypes.Ed25519, KeyTypes.Ed25519):
                    if (key.PublicKey.Length != 64)
                    {
                        return new UnsupportedKeyTypeException("An ed25519 public key is 32 bytes in hex.");
                    }

                    return PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(key.PublicKey), KeyBlobFormat.RawPublicKey);
                case (KeyTypes.Ecdsa or KeyTypes.EcdsaSha2Nistp256, KeyTypes.EcdsaSha2Nistp256):
                    var ecdsa = ECDsa.Create();
                    ecdsa.ImportFromPem(key.PublicKey);
                    var curve = ecdsa.ExportParameters(false).Curve;
                    if (!curve.IsNamed || (curve.Oid.Value != "1.2.840.10045.3.1.7" && !string.Equals(curve.Oid.FriendlyName, "nistP256", StringComparison.OrdinalIgnoreCase)))
                    {
                        ecdsa.Dispose();
                        return new UnsupportedKeyTypeException("ecdsa-sha2-nistp256 keys must be on P-256.");
                    }

                    return ecdsa;
                case (KeyTypes.Rsa, KeyTypes.RsassaPssSha256):
                    var rsa = RSA.Create();
                    rsa.ImportFromPem(key.PublicKey);
                    if (rsa.KeySize < 2048)
                    {
                        rsa.Dispose();
                        return new UnsupportedKeyTypeException("RSA keys must have at least 2048 bits.");
                    }

                    return rsa;
                default:
                    return new UnsupportedKeyTypeException($"Unsupported key type \"{key.KeyType}\" with scheme \"{key.Scheme}\".");
            }
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or CryptographicException)
        {
            return new UnsupportedKeyTypeException($"Malformed {key.KeyType} public key: {exception.Message}");
        }
    }
}
