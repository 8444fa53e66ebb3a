using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>The timestamp role: the current snapshot version, signed often with an online key.</summary>
public sealed class Timestamp : Signed
{
    /// <inheritdoc/>
    public override string Type => "timestamp";

    /// <summary>The listing of <c>snapshot.json</c>.</summary>
    public MetaFile SnapshotMeta { get; init; } = new(1);

    internal override void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        members.Name("_type");
        writer.String(Type);
        members.Name("expires");
        writer.String(JsonFields.FormatExpiry(Expires));
        members.Name("meta");
        writer.StartObject();
        writer.PropertyName("snapshot.json");
        SnapshotMeta.WriteTo(writer);
        writer.EndObject();
        members.Name("spec_version");
        writer.String(SpecVersion);
        members.Name("version");
        writer.Number(Version);
        members.End();
    }

    internal static Timestamp Read(JsonElement element)
    {
        var fields = new JsonFields(element, "timestamp");
        var (version, specVersion, expires) = ReadCommon(fields, "timestamp");
        var meta = MetaFile.ReadMap(fields.Take("meta"), "timestamp.meta");
        if (meta.Count != 1 || !meta.TryGetValue("snapshot.json", out var snapshot))
        {
            throw new InvalidMetadataException("timestamp.meta must list exactly snapshot.json.");
        }

        return new Timestamp { Version = version, SpecVersion = specVersion, Expires = expires, SnapshotMeta = snapshot, UnrecognizedFields = fields.Rest() };
    }
}
