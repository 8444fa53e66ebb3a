using System.Security.Cryptography;
using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>A public key as TUF metadata lists it: key type, signature scheme and public value.</summary>
public sealed class Key
{
    private static readonly IReadOnlyDictionary<string, JsonElement> None = new Dictionary<string, JsonElement>();
    private string? keyId;

    /// <summary>Creates a key.</summary>
    /// <param name="keyType">The key type, e.g. <c>ed25519</c>, <c>ecdsa</c>, <c>rsa</c>.</param>
    /// <param name="scheme">The signature scheme, e.g. <c>ed25519</c>, <c>ecdsa-sha2-nistp256</c>, <c>rsassa-pss-sha256</c>.</param>
    /// <param name="publicKey">The public value: hex for ed25519, PEM SubjectPublicKeyInfo otherwise.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Key(string keyType, string scheme, string publicKey)
    {
        ArgumentNullException.ThrowIfNull(keyType);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(publicKey);
        KeyType = keyType;
        Scheme = scheme;
        PublicKey = publicKey;
    }

    /// <summary>The key type.</summary>
    public string KeyType { get; }

    /// <summary>The signature scheme.</summary>
    public string Scheme { get; }

    /// <summary>The public value (<c>keyval.public</c>).</summary>
    public string PublicKey { get; }

    /// <summary>Unrecognized members of the key object.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnrecognizedFields { get; init; } = None;

    /// <summary>Unrecognized members of <c>keyval</c> besides <c>public</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnrecognizedKeyValueFields { get; init; } = None;

    /// <summary>The key id as securesystemslib computes it: SHA-256 of the canonical JSON of keytype, scheme and keyval, in hex.</summary>
    public string KeyId => keyId ??= ComputeKeyId();

    /// <summary>Verifies a signature made by this key over <paramref name="data"/>.</summary>
    /// <param name="data">The signed bytes.</param>
    /// <param name="signature">The raw signature bytes.</param>
    /// <returns>Whether the signature is valid.</returns>
    /// <exception cref="UnsupportedKeyTypeException">The key type or scheme is not supported, or the public value is malformed.</exception>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => SignatureVerifier.Verify(this, data, signature);

    /// <inheritdoc/>
    public override string ToString() => $"{KeyType}/{Scheme} {KeyId}";

    internal void WriteTo(CanonicalJsonWriter writer, bool withUnrecognized = true)
    {
        var members = new MemberWriter(writer, withUnrecognized ? UnrecognizedFields : None);
        members.Name("keytype");
        writer.String(KeyType);
        members.Name("keyval");
        var keyval = new MemberWriter(writer, UnrecognizedKeyValueFields);
        keyval.Name("public");
        writer.String(PublicKey);
        keyval.End();
        members.Name("scheme");
        writer.String(Scheme);
        members.End();
    }

    internal static Key Read(JsonElement element, string context)
    {
        var fields = new JsonFields(element, context);
        var keyType = fields.String("keytype");
        var scheme = fields.String("scheme");
        var keyval = new JsonFields(fields.Take("keyval"), context + ".keyval");
        var publicKey = keyval.String("public");
        return new Key(keyType, scheme, publicKey) { UnrecognizedFields = fields.Rest(), UnrecognizedKeyValueFields = keyval.Rest() };
    }

    internal static Dictionary<string, Key> ReadKeys(JsonElement element, string context)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMetadataException($"{context} must be an object.");
        }

        var keys = new Dictionary<string, Key>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            keys.Add(property.Name, Read(property.Value, $"{context}.{property.Name}"));
        }

        return keys;
    }

    internal static void WriteKeys(CanonicalJsonWriter writer, IReadOnlyDictionary<string, Key> keys)
    {
        writer.StartObject();
        foreach (var id in keys.Keys.Order(CodePointComparer.Instance))
        {
            writer.PropertyName(id);
            keys[id].WriteTo(writer);
        }

        writer.EndObject();
    }

    private string ComputeKeyId()
    {
        // keytype, keyval, scheme only (securesystemslib compute_default_keyid).
        using var writer = new CanonicalJsonWriter(512);
        WriteTo(writer, withUnrecognized: false);
        return Convert.ToHexStringLower(SHA256.HashData(writer.WrittenSpan));
    }
}
