using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>The root role: the keys and thresholds of the top-level roles; the trust anchor.</summary>
public sealed class Root : Signed
{
    /// <summary>The four top-level role names.</summary>
    public static IReadOnlyList<string> TopLevelRoleNames { get; } = ["root", "snapshot", "targets", "timestamp"];

    /// <inheritdoc/>
    public override string Type => "root";

    /// <summary>Whether the repository writes consistent snapshots; null when the member is absent.</summary>
    public bool? ConsistentSnapshot { get; init; } = true;

    /// <summary>The keys of the top-level roles by key id.</summary>
    public IReadOnlyDictionary<string, Key> Keys { get; init; } = new Dictionary<string, Key>();

    /// <summary>The four top-level roles by name.</summary>
    public IReadOnlyDictionary<string, Role> Roles { get; init; } = new Dictionary<string, Role>();

    /// <summary>Which keys of a top-level role signed <paramref name="payload"/> and whether they meet its threshold.</summary>
    /// <param name="roleName">root, targets, snapshot or timestamp.</param>
    /// <param name="payload">The canonical signed bytes.</param>
    /// <param name="signatures">The signatures by key id.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The role is not a top-level role of this root.</exception>
    public VerificationResult GetVerificationResult(string roleName, ReadOnlySpan<byte> payload, IReadOnlyDictionary<string, Signature> signatures)
    {
        ArgumentNullException.ThrowIfNull(roleName);
        if (!Roles.TryGetValue(roleName, out var role))
        {
            throw new ArgumentException($"\"{roleName}\" is not a top-level role.", nameof(roleName));
        }

        return ThresholdVerifier.Verify(Keys, role, payload, signatures);
    }

    /// <summary>Verifies that a threshold of a top-level role's keys signed the metadata.</summary>
    /// <typeparam name="T">The metadata type.</typeparam>
    /// <param name="roleName">root, targets, snapshot or timestamp.</param>
    /// <param name="metadata">The metadata to verify.</param>
    /// <exception cref="UnsignedMetadataException">The threshold is not met.</exception>
    public void VerifyDelegate<T>(string roleName, Metadata<T> metadata)
        where T : Signed
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var result = GetVerificationResult(roleName, metadata.GetSignedBytes(), metadata.Signatures);
        if (!result.Verified)
        {
            throw new UnsignedMetadataException($"{roleName} was signed by {result.SignedKeyIds.Count}/{result.Threshold} required keys.");
        }
    }

    internal override void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        members.Name("_type");
        writer.String(Type);
        if (ConsistentSnapshot is { } consistent)
        {
            members.Name("consistent_snapshot");
            writer.Boolean(consistent);
        }

        members.Name("expires");
        writer.String(JsonFields.FormatExpiry(Expires));
        members.Name("keys");
        Key.WriteKeys(writer, Keys);
        members.Name("roles");
        writer.StartObject();
        foreach (var name in Roles.Keys.Order(CodePointComparer.Instance))
        {
            writer.PropertyName(name);
            Roles[name].WriteTo(writer);
        }

        writer.EndObject();
        members.Name("spec_version");
        writer.String(SpecVersion);
        members.Name("version");
        writer.Number(Version);
        members.End();
    }

    internal static Root Read(JsonElement element)
    {
        var fields = new JsonFields(element, "root");
        var (version, specVersion, expires) = ReadCommon(fields, "root");
        var consistent = fields.TakeOptional("consistent_snapshot") is { } c ? JsonFields.AsBoolean(c, "consistent_snapshot") : (bool?)null;
        var keys = Key.ReadKeys(fields.Take("keys"), "root.keys");
        var rolesElement = fields.Take("roles");
        if (rolesElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMetadataException("root.roles must be an object.");
        }

        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var property in rolesElement.EnumerateObject())
        {
            roles.Add(property.Name, Role.Read(property.Value, "root.roles." + property.Name));
        }

        if (roles.Count != 4 || !TopLevelRoleNames.All(roles.ContainsKey))
        {
            throw new InvalidMetadataException("root.roles must define exactly root, targets, snapshot and timestamp.");
        }

        return new Root
        {
            Version = version,
            SpecVersion = specVersion,
            Expires = expires,
            ConsistentSnapshot = consistent,
            Keys = keys,
            Roles = roles,
            UnrecognizedFields = fields.Rest(),
        };
    }
}
