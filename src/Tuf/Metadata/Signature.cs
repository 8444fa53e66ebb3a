using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>One signature over a role's signed bytes: the key id and the signature in hex.</summary>
public sealed class Signature
{
    /// <summary>Creates a signature.</summary>
    /// <param name="keyId">The signing key's id.</param>
    /// <param name="value">The signature bytes in lower-case hex (<c>sig</c>).</param>
    public Signature(string keyId, string value)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        ArgumentNullException.ThrowIfNull(value);
        KeyId = keyId;
        Value = value;
    }

    /// <summary>The signing key's id.</summary>
    public string KeyId { get; }

    /// <summary>The signature in hex.</summary>
    public string Value { get; }

    /// <summary>Unrecognized members of the signature object.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnrecognizedFields { get; init; } = new Dictionary<string, JsonElement>();

    internal void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        members.Name("keyid");
        writer.String(KeyId);
        members.Name("sig");
        writer.String(Value);
        members.End();
    }

    internal static Signature Read(JsonElement element)
    {
        var fields = new JsonFields(element, "signature");
        return new Signature(fields.String("keyid"), fields.String("sig")) { UnrecognizedFields = fields.Rest() };
    }
}
