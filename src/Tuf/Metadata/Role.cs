using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>The keys trusted for a role and how many of them must sign.</summary>
public class Role
{
    /// <summary>Creates a role.</summary>
    /// <param name="keyIds">The trusted key ids, without duplicates.</param>
    /// <param name="threshold">How many of them must sign; at least 1.</param>
    /// <exception cref="ArgumentException">Duplicate key ids or a threshold below 1.</exception>
    public Role(IReadOnlyList<string> keyIds, int threshold)
    {
        ArgumentNullException.ThrowIfNull(keyIds);
        if (threshold < 1)
        {
            throw new ArgumentException("The threshold must be at least 1.", nameof(threshold));
        }

        if (keyIds.Distinct(StringComparer.Ordinal).Count() != keyIds.Count)
        {
            throw new ArgumentException("Key ids must be unique.", nameof(keyIds));
        }

        KeyIds = keyIds;
        Threshold = threshold;
    }

    /// <summary>The trusted key ids, in metadata order.</summary>
    public IReadOnlyList<string> KeyIds { get; }

    /// <summary>How many trusted keys must sign.</summary>
    public int Threshold { get; }

    /// <summary>Unrecognized members of the role object.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnrecognizedFields { get; init; } = new Dictionary<string, JsonElement>();

    internal virtual void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        members.Name("keyids");
        writer.StringArray(KeyIds);
        members.Name("threshold");
        writer.Number(Threshold);
        members.End();
    }

    internal static (List<string> KeyIds, int Threshold) ReadCommon(JsonFields fields, string context)
    {
        var keyIds = JsonFields.AsStringList(fields.Take("keyids"), context + ".keyids", unique: true);
        var threshold = fields.Int64("threshold");
        if (threshold is < 1 or > int.MaxValue)
        {
            throw new InvalidMetadataException($"{context}.threshold must be at least 1.");
        }

        return (keyIds, (int)threshold);
    }

    internal static Role Read(JsonElement element, string context)
    {
        var fields = new JsonFields(element, context);
        var (keyIds, threshold) = ReadCommon(fields, context);
        return new Role(keyIds, threshold) { UnrecognizedFields = fields.Rest() };
    }
}
