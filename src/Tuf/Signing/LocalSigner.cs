using System.Security.Cryptography;
using NSec.Cryptography;

namespace Bonded.Tuf;

/// <summary>A signer holding its private key in memory: Ed25519, ECDSA P-256 or RSA-PSS-SHA256.</summary>
/// <remarks>Dispose it to release the key. <see cref="ToString"/> never shows secret material.</remarks>
public abstract class LocalSigner : ISigner, IDisposable
{
    private protected LocalSigner()
    {
    }

    /// <inheritdoc/>
    public abstract Key PublicKey { get; }

    /// <summary>Generates a new key.</summary>
    /// <param name="keyType"><c>ed25519</c>, <c>ecdsa</c> (P-256, scheme ecdsa-sha2-nistp256) or <c>rsa</c> (3072 bits, rsassa-pss-sha256).</param>
    /// <returns>The signer.</returns>
    /// <exception cref="UnsupportedKeyTypeException">An unknown key type.</exception>
    public static LocalSigner Generate(string keyType)
    {
        ArgumentNullException.ThrowIfNull(keyType);
        return keyType switch
        {
            KeyTypes.Ed25519 => new Ed25519Signer(NSec.Cryptography.Key.Create(SignatureAlgorithm.Ed25519,
                new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport })),
            KeyTypes.Ecdsa or KeyTypes.EcdsaSha2Nistp256 => new EcdsaSigner(ECDsa.Create(ECCurve.NamedCurves.nistP256), keyType),
            KeyTypes.Rsa => new RsaPssSigner(RSA.Create(3072)),
            _ => throw new UnsupportedKeyTypeException($"Cannot generate keys of type \"{keyType}\"."),
        };
    }

    /// <summary>Loads a private key from PKCS#8 PEM (<c>-----BEGIN PRIVATE KEY-----</c>), detecting its type.</summary>
    /// <param name="pem">The PEM text.</param>
    /// <param name="ecdsaKeyType">The key type to publish for an ECDSA key: <c>ecdsa</c> or <c>ecdsa-sha2-nistp256</c>.</param>
    /// <returns>The signer.</returns>
    /// <exception cref="UnsupportedKeyTypeException">The PEM holds no supported private key.</exception>
    public static LocalSigner FromPem(string pem, string ecdsaKeyType = KeyTypes.Ecdsa)
    {
        ArgumentNullException.ThrowIfNull(pem);
        try
        {
            var key = NSec.Cryptography.Key.Import(SignatureAlgorithm.Ed25519, System.Text.Encoding.ASCII.GetBytes(pem),
                KeyBlobFormat.PkixPrivateKeyText, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
            return new Ed25519Signer(key);
        }
        catch (FormatException)
        {
        }

        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            if (ecdsa.KeySize == 256)
            {
                return new EcdsaSigner(ecdsa, ecdsaKeyType);
            }
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
        }

        ecdsa.Dispose();
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return new RsaPssSigner(rsa);
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new UnsupportedKeyTypeException("The PEM holds no Ed25519, ECDSA P-256 or RSA private key.", exception);
        }
    }

    /// <summary>Signs synchronously.</summary>
    /// <param name="payload">The bytes to sign.</param>
    /// <returns>The raw signature.</returns>
    public abstract byte[] Sign(ReadOnlySpan<byte> payload);

    /// <inheritdoc/>
    public ValueTask<byte[]> SignAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Sign(payload.Span));

    /// <summary>Exports the private key as unencrypted PKCS#8 PEM, for a key file the caller protects.</summary>
    /// <returns>The PEM text.</returns>
    public abstract string ExportPrivateKeyPem();

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name} {PublicKey.KeyId}";

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the private key.</summary>
    /// <param name="disposing">Called from <see cref="Dispose()"/>.</param>
    protected abstract void Dispose(bool disposing);
}

/// <summary>Signs with an Ed25519 key (NSec).</summary>
public sealed class Ed25519Signer : LocalSigner
{
    private readonly NSec.Cryptography.Key key;

    internal Ed25519Signer(NSec.Cryptography.Key key)
    {
        this.key = key;
        PublicKey = new Key(KeyTypes.Ed25519, KeyTypes.Ed25519, Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
    }

    /// <inheritdoc/>
    public override Key PublicKey { get; }

    /// <inheritdoc/>
    public override byte[] Sign(ReadOnlySpan<byte> payload) => SignatureAlgorithm.Ed25519.Sign(key, payload);

    /// <inheritdoc/>
    public override string ExportPrivateKeyPem() => System.Text.Encoding.ASCII.GetString(key.Export(KeyBlobFormat.PkixPrivateKeyText));

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            key.Dispose();
        }
    }
}

/// <summary>Signs with an ECDSA P-256 key: SHA-256, DER-encoded signatures (scheme ecdsa-sha2-nistp256).</summary>
public sealed class EcdsaSigner : LocalSigner
{
    private readonly ECDsa key;

    internal EcdsaSigner(ECDsa key, string keyType)
    {
        if (keyType is not (KeyTypes.Ecdsa or KeyTypes.EcdsaSha2Nistp256))
        {
            throw new UnsupportedKeyTypeException($"\"{keyType}\" is not an ECDSA key type.");
        }

        this.key = key;
        PublicKey = new Key(keyType, KeyTypes.EcdsaSha2Nistp256, key.ExportSubjectPublicKeyInfoPem() + "\n");
    }

    /// <inheritdoc/>
    public override Key PublicKey { get; }

    /// <inheritdoc/>
    public override byte[] Sign(ReadOnlySpan<byte> payload)
    {
        lock (key)
        {
            return key.SignData(payload, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
    }

    /// <inheritdoc/>
    public override string ExportPrivateKeyPem() => key.ExportPkcs8PrivateKeyPem();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            key.Dispose();
        }
    }
}

/// <summary>Signs with an RSA key: RSASSA-PSS with SHA-256 and MGF1-SHA-256, salt length 32 (scheme rsassa-pss-sha256).</summary>
public sealed class RsaPssSigner : LocalSigner
{
    private readonly RSA key;

    internal RsaPssSigner(RSA key)
    {
        this.key = key;
        PublicKey = new Key(KeyTypes.Rsa, KeyTypes.RsassaPssSha256, key.ExportSubjectPublicKeyInfoPem() + "\n");
    }

    /// <inheritdoc/>
    public override Key PublicKey { get; }

    /// <inheritdoc/>
    public override byte[] Sign(ReadOnlySpan<byte> payload)
    {
        lock (key)
        {
            return key.SignData(payload, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        }
    }

    /// <inheritdoc/>
    public override string ExportPrivateKeyPem() => key.ExportPkcs8PrivateKeyPem();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            key.Dispose();
        }
    }
}
