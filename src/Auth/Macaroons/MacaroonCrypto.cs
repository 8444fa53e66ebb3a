using System.Security.Cryptography;
using Bonded.Auth.Hashing;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace Bonded.Auth.Macaroons;

/// <summary>The HMAC chain and the NaCl secretbox of the macaroon construction, as libmacaroons computes them.</summary>
internal static class MacaroonCrypto
{
    public const int SignatureSize = 32;
    public const int NonceSize = 24;
    public const int TagSize = 16;

    /// <summary>Size of a verification id: nonce, Poly1305 tag and the 32-byte encrypted caveat key.</summary>
    public const int VerificationIdSize = NonceSize + TagSize + SignatureSize;

    /// <summary>The HMAC states of libmacaroons' fixed key-generator key, "macaroons-key-generator", computed once.</summary>
    private static readonly HmacSha256.PadStates KeyGenerator = new("macaroons-key-generator"u8);

    /// <summary>HMAC-SHA256 keyed with "macaroons-key-generator" over the root key: the key libmacaroons signs with.</summary>
    public static void DeriveKey(ReadOnlySpan<byte> rootKey, Span<byte> destination) =>
        KeyGenerator.Compute(rootKey, destination);

    public static void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        HmacSha256.Compute(key, data, destination);

    /// <summary>HMAC(key, HMAC(key, a) || HMAC(key, b)): third-party caveats and discharge binding.</summary>
    public static void Hmac2(ReadOnlySpan<byte> key, ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> destination)
    {
        var states = new HmacSha256.PadStates(key);
        Span<byte> both = stackalloc byte[SignatureSize * 2];
        states.Compute(a, both[..SignatureSize]);
        states.Compute(b, both[SignatureSize..]);
        states.Compute(both, destination);
        states.Clear();
    }

    /// <summary>The signature of a discharge bound to the signature of the macaroon it discharges.</summary>
    public static void Bind(ReadOnlySpan<byte> rootSignature, ReadOnlySpan<byte> dischargeSignature, Span<byte> destination)
    {
        Span<byte> zeros = stackalloc byte[SignatureSize];
        zeros.Clear();
        Hmac2(zeros, rootSignature, dischargeSignature, destination);
    }

    /// <summary>NaCl crypto_secretbox (XSalsa20-Poly1305): nonce || tag || ciphertext, as PyNaCl's SecretBox.encrypt returns.</summary>
    public static byte[] SecretBoxSeal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        nonce.CopyTo(output);
        var engine = new XSalsa20Engine();
        engine.Init(true, new ParametersWithIV(new KeyParameter(key), nonce));
        Span<byte> polyKey = stackalloc byte[32];
        Span<byte> zeros = stackalloc byte[32];
        zeros.Clear();
        engine.ProcessBytes(zeros, polyKey);
        var ciphertext = output.AsSpan(NonceSize + TagSize);
        engine.ProcessBytes(plaintext, ciphertext);
        var mac = new Poly1305();
        mac.Init(new KeyParameter(polyKey));
        mac.BlockUpdate(ciphertext);
        mac.DoFinal(output.AsSpan(NonceSize, TagSize));
        CryptographicOperations.ZeroMemory(polyKey);
        return output;
    }

    /// <summary>Opens a secretbox; false when the box is too short or its tag does not verify.</summary>
    public static bool SecretBoxOpen(ReadOnlySpan<byte> key, ReadOnlySpan<byte> box, Span<byte> plaintext)
    {
        if (box.Length != NonceSize + TagSize + plaintext.Length)
        {
            return false;
        }

        var engine = new XSalsa20Engine();
        engine.Init(false, new ParametersWithIV(new KeyParameter(key), box[..NonceSize]));
        Span<byte> polyKey = stackalloc byte[32];
        Span<byte> zeros = stackalloc byte[32];
        zeros.Clear();
        engine.ProcessBytes(zeros, polyKey);
        var ciphertext = box[(NonceSize + TagSize)..];
        var mac = new Poly1305();
        mac.Init(new KeyParameter(polyKey));
        mac.BlockUpdate(ciphertext);
        Span<byte> tag = stackalloc byte[TagSize];
        mac.DoFinal(tag);
        CryptographicOperations.ZeroMemory(polyKey);
        if (!CryptographicOperations.FixedTimeEquals(tag, box.Slice(NonceSize, TagSize)))
        {
            return false;
        }

        engine.ProcessBytes(ciphertext, plaintext);
        return true;
    }
}
