using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>The signed part common to every top-level role: type, version, spec version, expiry and unrecognized fields.</summary>
public abstract class Signed
{
    /// <summary>The TUF specification version this library writes.</summary>
    public const string CurrentSpecVersion = "1.0.31";

    private protected Signed()
    {
    }

    /// <summary>The role type as written in <c>_type</c>: root, targets, snapshot or timestamp.</summary>
    public abstract string Type { get; }

    /// <summary>The metadata version, at least 1.</summary>
    public long Version { get; init; } = 1;

    /// <summary>The TUF specification version the metadata follows (major version 1).</summary>
    public string SpecVersion { get; init; } = CurrentSpecVersion;

    /// <summary>When the metadata expires (UTC, whole seconds).</summary>
    public DateTimeOffset Expires { get; init; }

    /// <summary>Members of the signed object this library does not know, kept for a byte-identical round trip.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnrecognizedFields { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Whether the metadata has expired at the reference time.</summary>
    /// <param name="referenceTime">The time to compare with.</param>
    /// <returns>True when <paramref name="referenceTime"/> is at or past <see cref="Expires"/>.</returns>
    public bool IsExpired(DateTimeOffset referenceTime) => referenceTime >= Expires;

    /// <summary>The canonical JSON of this signed object: the bytes signatures cover.</summary>
    /// <returns>The canonical UTF-8 bytes.</returns>
    public byte[] ToCanonicalJson()
    {
        using var writer = new CanonicalJsonWriter();
        WriteTo(writer);
        return writer.ToArray();
    }

    internal abstract void WriteTo(CanonicalJsonWriter writer);

    internal static (long Version, string SpecVersion, DateTimeOffset Expires) ReadCommon(JsonFields fields, string expectedType)
    {
        var type = fields.String("_type");
        if (!string.Equals(type, expectedType, StringComparison.Ordinal))
        {
            throw new InvalidMetadataException($"Expected _type \"{expectedType}\", found \"{type}\".");
        }

        var version = fields.Int64("version");
        if (version <= 0)
        {
            throw new InvalidMetadataException($"The version must be at least 1, not {version}.");
        }

        var specVersion = fields.String("spec_version");
        var parts = specVersion.Split('.');
        if (parts.Length is < 2 or > 3 || !string.Equals(parts[0], "1", StringComparison.Ordinal) || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            throw new InvalidMetadataException($"Unsupported spec_version \"{specVersion}\" (major version 1 required).");
        }

        var expires = JsonFields.AsExpiry(fields.String("expires"), "expires");
        return (version, specVersion, expires);
    }
}
