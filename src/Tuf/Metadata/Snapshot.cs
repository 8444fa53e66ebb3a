using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>The snapshot role: the version of every targets metadata file.</summary>
public sealed class Snapshot : Signed
{
    /// <inheritdoc/>
    public override string Type => "snapshot";

    /// <summary>The listed metadata files by file name (<c>targets.json</c>, <c>bins-0a1.json</c>, ...).</summary>
    public IReadOnlyDictionary<string, MetaFile> Meta { get; init; } = new Dictionary<string, MetaFile>();

    internal override void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        members.Name("_type");
        writer.String(Type);
        members.Name("expires");
        writer.String(JsonFields.FormatExpiry(Expires));
        members.Name("meta");
        writer.StartObject();
        var names = Meta.Keys.ToArray();
        Array.Sort(names, CodePointComparer.Instance);
        foreach (var name in names)
        {
            writer.PropertyName(name);
            Meta[name].WriteTo(writer);
        }

        writer.EndObject();
        members.Name("spec_version");
        writer.String(SpecVersion);
        members.Name("version");
        writer.Number(Version);
        members.End();
    }

    internal static Snapshot Read(JsonElement element)
    {
        var fields = new JsonFields(element, "snapshot");
        var (version, specVersion, expires) = ReadCommon(fields, "snapshot");
        var meta = MetaFile.ReadMap(fields.Take("meta"), "snapshot.meta");
        return new Snapshot { Version = version, SpecVersion = specVersion, Expires = expires, Meta = meta, UnrecognizedFields = fields.Rest() };
    }
}
