using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>A TUF metadata document: a signed role object and its signatures.</summary>
/// <typeparam name="T">The role type: <see cref="Root"/>, <see cref="Targets"/>, <see cref="Snapshot"/> or <see cref="Timestamp"/>.</typeparam>
public sealed class Metadata<T>
    where T : Signed
{
    private byte[]? signedBytes;

    /// <summary>Creates a document.</summary>
    /// <param name="signed">The signed object.</param>
    /// <param name="signatures">The signatures by key id, in order; none when null.</param>
    public Metadata(T signed, IReadOnlyDictionary<string, Signature>? signatures = null)
    {
        ArgumentNullException.ThrowIfNull(signed);
        Signed = signed;
        Signatures = signatures ?? new OrderedDictionary<string, Signature>(StringComparer.Ordinal);
    }

    /// <summary>The signed object.</summary>
    public T Signed { get; }

    /// <summary>The signatures by key id, in document order.</summary>
    public IReadOnlyDictionary<string, Signature> Signatures { get; }

    /// <summary>Unrecognized members of the outer object.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnrecognizedFields { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Parses a metadata document strictly.</summary>
    /// <param name="utf8">The document bytes.</param>
    /// <param name="limits">Reader limits; defaults when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidMetadataException">The bytes are not strict JSON or not valid metadata of type <typeparamref name="T"/>.</exception>
    public static Metadata<T> Parse(ReadOnlySpan<byte> utf8, JsonReadLimits? limits = null)
    {
        using var document = CanonicalJson.ParseDocument(utf8.ToArray(), limits);
        return Read(document.RootElement);
    }

    /// <summary>Parses a metadata document strictly, without throwing.</summary>
    /// <param name="utf8">The document bytes.</param>
    /// <param name="metadata">The document, or null.</param>
    /// <param name="limits">Reader limits; defaults when null.</param>
    /// <returns>Whether the bytes are valid metadata of type <typeparamref name="T"/>.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out Metadata<T>? metadata, JsonReadLimits? limits = null)
    {
        try
        {
            metadata = Parse(utf8, limits);
            return true;
        }
        catch (InvalidMetadataException)
        {
            metadata = null;
            return false;
        }
    }

    /// <summary>The canonical JSON of <see cref="Signed"/>: the bytes the signatures cover.</summary>
    /// <returns>The bytes (shared; do not modify).</returns>
    public ReadOnlySpan<byte> GetSignedBytes() => signedBytes ??= Signed.ToCanonicalJson();

    /// <summary>
    /// The whole document as compact JSON for a metadata file: the canonical form, except that control characters in
    /// strings (the newlines of PEM keys) are escaped so that every JSON parser reads it.
    /// </summary>
    /// <returns>The UTF-8 bytes.</returns>
    public byte[] ToBytes()
    {
        using var writer = new CanonicalJsonWriter(4096) { EscapeJson = true };
        WriteTo(writer);
        return writer.ToArray();
    }

    /// <summary>The whole document in securesystemslib's canonical form (control characters raw).</summary>
    internal byte[] ToCanonicalBytes()
    {
        using var writer = new CanonicalJsonWriter(4096);
        WriteTo(writer);
        return writer.ToArray();
    }

    /// <summary>Signs the signed bytes and returns a document with the signature added (or alone).</summary>
    /// <param name="signer">The signer.</param>
    /// <param name="append">Keep the existing signatures (a signature by the same key is replaced).</param>
    /// <param name="cancellationToken">Cancels a remote signer.</param>
    /// <returns>The signed document.</returns>
    public async ValueTask<Metadata<T>> SignAsync(ISigner signer, bool append = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var payload = signedBytes ??= Signed.ToCanonicalJson();
        var signature = await signer.SignAsync(payload, cancellationToken).ConfigureAwait(false);
        var signatures = new OrderedDictionary<string, Signature>(StringComparer.Ordinal);
        if (append)
        {
            foreach (var (id, existing) in Signatures)
            {
                signatures[id] = existing;
            }
        }

        var keyId = signer.PublicKey.KeyId;
        signatures[keyId] = new Signature(keyId, Convert.ToHexStringLower(signature));
        return new Metadata<T>(Signed, signatures) { UnrecognizedFields = UnrecognizedFields, signedBytes = payload };
    }

    internal void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        members.Name("signatures");
        writer.StartArray();
        foreach (var signature in Signatures.Values)
        {
            signature.WriteTo(writer);
        }

        writer.EndArray();
        members.Name("signed");
        if (signedBytes is not null && (!writer.EscapeJson || signedBytes.AsSpan().IndexOfAnyInRange((byte)0, (byte)0x1F) < 0))
        {
            writer.RawValue(signedBytes);
        }
        else
        {
            Signed.WriteTo(writer);
        }

        members.End();
    }

    internal static Metadata<T> Read(JsonElement root)
    {
        var fields = new JsonFields(root, "metadata");
        var signaturesElement = fields.Take("signatures");
        if (signaturesElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidMetadataException("signatures must be an array.");
        }

        var signatures = new OrderedDictionary<string, Signature>(StringComparer.Ordinal);
        foreach (var item in signaturesElement.EnumerateArray())
        {
            var signature = Signature.Read(item);
            if (!signatures.TryAdd(signature.KeyId, signature))
            {
                throw new InvalidMetadataException($"Multiple signatures by key {signature.KeyId}.");
            }
        }

        var signedElement = fields.Take("signed");
        Signed signed = typeof(T) == typeof(Root) ? Root.Read(signedElement)
            : typeof(T) == typeof(Targets) ? Targets.Read(signedElement)
            : typeof(T) == typeof(Snapshot) ? Snapshot.Read(signedElement)
            : typeof(T) == typeof(Timestamp) ? Timestamp.Read(signedElement)
            : ReadAny(signedElement);
        if (signed is not T typed)
        {
            throw new InvalidMetadataException($"Expected {typeof(T).Name} metadata, found {signed.Type}.");
        }

        return new Metadata<T>(typed, signatures) { UnrecognizedFields = fields.Rest() };
    }

    private static Signed ReadAny(JsonElement signed)
    {
        var type = signed.ValueKind == JsonValueKind.Object && signed.TryGetProperty("_type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()
            : null;
        return type switch
        {
            "root" => Root.Read(signed),
            "targets" => Targets.Read(signed),
            "snapshot" => Snapshot.Read(signed),
            "timestamp" => Timestamp.Read(signed),
            _ => throw new InvalidMetadataException($"Unknown metadata _type \"{type}\"."),
        };
    }
}
