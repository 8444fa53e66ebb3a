using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>A targets role (top-level or delegated): target files and optional delegations.</summary>
public sealed class Targets : Signed
{
    /// <inheritdoc/>
    public override string Type => "targets";

    /// <summary>The target files by path.</summary>
    public IReadOnlyDictionary<string, TargetFile> TargetFiles { get; init; } = new Dictionary<string, TargetFile>();

    /// <summary>The delegations, or null.</summary>
    public Delegations? Delegations { get; init; }

    /// <summary>Which keys of a delegated role signed <paramref name="payload"/> and whether they meet its threshold.</summary>
    /// <param name="roleName">The delegated role name (a succinct bin name included).</param>
    /// <param name="payload">The canonical signed bytes.</param>
    /// <param name="signatures">The signatures by key id.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">This role does not delegate to <paramref name="roleName"/>.</exception>
    public VerificationResult GetVerificationResult(string roleName, ReadOnlySpan<byte> payload, IReadOnlyDictionary<string, Signature> signatures)
    {
        ArgumentNullException.ThrowIfNull(roleName);
        var role = Delegations?.GetRole(roleName) ?? throw new ArgumentException($"No delegation to \"{roleName}\".", nameof(roleName));
        return ThresholdVerifier.Verify(Delegations.Keys, role, payload, signatures);
    }

    /// <summary>Verifies that a threshold of a delegated role's keys signed the metadata.</summary>
    /// <param name="roleName">The delegated role name.</param>
    /// <param name="metadata">The delegated metadata.</param>
    /// <exception cref="UnsignedMetadataException">The threshold is not met.</exception>
    public void VerifyDelegate(string roleName, Metadata<Targets> metadata)
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
        if (Delegations is not null)
        {
            members.Name("delegations");
            Delegations.WriteTo(writer);
        }

        members.Name("expires");
        writer.String(JsonFields.FormatExpiry(Expires));
        members.Name("spec_version");
        writer.String(SpecVersion);
        members.Name("targets");
        WriteTargets(writer, TargetFiles);
        members.Name("version");
        writer.Number(Version);
        members.End();
    }

    internal static void WriteTargets(CanonicalJsonWriter writer, IReadOnlyDictionary<string, TargetFile> targets)
    {
        writer.StartObject();
        var paths = targets.Keys.ToArray();
        Array.Sort(paths, CodePointComparer.Instance);
        foreach (var path in paths)
        {
            writer.PropertyName(path);
            targets[path].WriteTo(writer);
        }

        writer.EndObject();
    }

    internal static Targets Read(JsonElement element)
    {
        var fields = new JsonFields(element, "targets");
        var (version, specVersion, expires) = ReadCommon(fields, "targets");
        var delegations = fields.TakeOptional("delegations") is { } d ? Delegations.Read(d) : null;
        var targetsElement = fields.Take("targets");
        if (targetsElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMetadataException("targets.targets must be an object.");
        }

        var targets = new Dictionary<string, TargetFile>(StringComparer.Ordinal);
        foreach (var property in targetsElement.EnumerateObject())
        {
            targets.Add(property.Name, TargetFile.Read(property.Name, property.Value));
        }

        return new Targets
        {
            Version = version,
            SpecVersion = specVersion,
            Expires = expires,
            TargetFiles = targets,
            Delegations = delegations,
            UnrecognizedFields = fields.Rest(),
        };
    }
}
