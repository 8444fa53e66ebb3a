using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>A metadata file as snapshot and timestamp list it: version, and optionally length and hashes.</summary>
public sealed class MetaFile
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoFields = new Dictionary<string, JsonElement>();

    /// <summary>Creates a listing.</summary>
    /// <param name="version">The listed version, at least 1.</param>
    /// <param name="length">The file length, if listed.</param>
    /// <param name="hashes">The file hashes by algorithm, if listed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A version below 1 or a negative length.</exception>
    public MetaFile(long version, long? length = null, IReadOnlyDictionary<string, string>? hashes = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        if (length is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        Version = version;
        Length = length;
        Hashes = hashes;
    }

    /// <summary>The listed version.</summary>
    public long Version { get; }

    /// <summary>The listed length, or null.</summary>
    public long? Length { get; }

    /// <summary>The listed hashes (algorithm to hex), or null.</summary>
    public IReadOnlyDictionary<string, string>? Hashes { get; }

    /// <summary>Unrecognized members.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnrecognizedFields { get; init; } = NoFields;

    /// <summary>Checks downloaded bytes against the listed length and hashes.</summary>
    /// <param name="data">The downloaded file.</param>
    /// <exception cref="LengthOrHashMismatchException">The length or a hash differs, or a hash algorithm is unsupported.</exception>
    public void VerifyLengthAndHashes(ReadOnlySpan<byte> data) => FileHashes.Verify(data, Length, Hashes, "metadata file");

    internal void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        if (Hashes is not null)
        {
            members.Name("hashes");
            FileHashes.WriteHashes(writer, Hashes);
        }

        if (Length is { } length)
        {
            members.Name("length");
            writer.Number(length);
        }

        members.Name("version");
        writer.Number(Version);
        members.End();
    }

    internal static MetaFile Read(JsonElement element, string context)
    {
        var fields = new JsonFields(element, context);
        var version = fields.Int64("version");
        var length = fields.TakeOptional("length") is { } l ? JsonFields.AsInt64(l, context + ".length") : (long?)null;
        var hashes = fields.TakeOptional("hashes") is { } h ? FileHashes.ReadHashes(h, context + ".hashes") : null;
        if (version < 1 || length is < 0)
        {
            throw new InvalidMetadataException($"{context}: version must be at least 1 and length not negative.");
        }

        return new MetaFile(version, length, hashes) { UnrecognizedFields = fields.Rest() };
    }

    /// <summary>The common listing <c>{"version": N}</c> read without the general member table (a 16,384-bin snapshot has that many).</summary>
    private static MetaFile? TryReadVersionOnly(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var members = element.EnumerateObject();
        if (!members.MoveNext() || !members.Current.NameEquals("version"))
        {
            return null;
        }

        var version = members.Current.Value;
        return !members.MoveNext() && version.ValueKind == JsonValueKind.Number && version.TryGetInt64(out var number) && number >= 1
            ? new MetaFile(number)
            : null;
    }

    internal static Dictionary<string, MetaFile> ReadMap(JsonElement element, string context)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMetadataException($"{context} must be an object.");
        }

        var map = new Dictionary<string, MetaFile>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map.Add(property.Name, TryReadVersionOnly(property.Value) ?? Read(property.Value, $"{context}.{property.Name}"));
        }

        return map;
    }
}
