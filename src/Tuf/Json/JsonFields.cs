using System.Globalization;
using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>Reads the members of one JSON object for a model type; what is not taken is unrecognized.</summary>
internal sealed class JsonFields
{
    private static readonly IReadOnlyDictionary<string, JsonElement> Empty = new Dictionary<string, JsonElement>();
    private readonly Dictionary<string, JsonElement> members;
    private readonly string context;

    public JsonFields(JsonElement element, string context)
    {
        this.context = context;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMetadataException($"{context} must be a JSON object.");
        }

        members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!members.TryAdd(property.Name, property.Value))
            {
                throw new InvalidMetadataException($"{context} has a duplicate member \"{property.Name}\".");
            }
        }
    }

    public JsonElement Take(string name)
    {
        if (!members.Remove(name, out var value))
        {
            throw new InvalidMetadataException($"{context} lacks the member \"{name}\".");
        }

        return value;
    }

    public JsonElement? TakeOptional(string name) => members.Remove(name, out var value) ? value : null;

    public string String(string name) => AsString(Take(name), $"{context}.{name}");

    public long Int64(string name) => AsInt64(Take(name), $"{context}.{name}");

    public bool Boolean(string name) => AsBoolean(Take(name), $"{context}.{name}");

    public IReadOnlyDictionary<string, JsonElement> Rest()
    {
        if (members.Count == 0)
        {
            return Empty;
        }

        var rest = new Dictionary<string, JsonElement>(members.Count, StringComparer.Ordinal);
        foreach (var (name, value) in members)
        {
            rest[name] = value.Clone();
        }

        return rest;
    }

    public static string AsString(JsonElement element, string context) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new InvalidMetadataException($"{context} must be a string.");

    public static long AsInt64(JsonElement element, string context) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value)
            ? value
            : throw new InvalidMetadataException($"{context} must be an integer.");

    public static bool AsBoolean(JsonElement element, string context) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new InvalidMetadataException($"{context} must be a boolean."),
    };

    public static List<string> AsStringList(JsonElement element, string context, bool unique)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidMetadataException($"{context} must be an array.");
        }

        var list = new List<string>(element.GetArrayLength());
        HashSet<string>? seen = unique ? new(StringComparer.Ordinal) : null;
        foreach (var item in element.EnumerateArray())
        {
            var value = AsString(item, context);
            if (seen is not null && !seen.Add(value))
            {
                throw new InvalidMetadataException($"{context} lists \"{value}\" twice.");
            }

            list.Add(value);
        }

        return list;
    }

    public static Dictionary<string, string> AsStringMap(JsonElement element, string context)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMetadataException($"{context} must be an object.");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!map.TryAdd(property.Name, AsString(property.Value, $"{context}.{property.Name}")))
            {
                throw new InvalidMetadataException($"{context} has a duplicate member \"{property.Name}\".");
            }
        }

        return map;
    }

    public static DateTimeOffset AsExpiry(string value, string context)
    {
        // python-tuf: "%Y-%m-%dT%H:%M:%SZ", UTC, no fractions.
        if (value.Length != 20 || !DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var expires))
        {
            throw new InvalidMetadataException($"{context} must be a UTC time like 2030-01-01T00:00:00Z, not \"{value}\".");
        }

        return expires;
    }

    public static string FormatExpiry(DateTimeOffset expires) =>
        expires.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>Writes an object's members in code point order, interleaving the unrecognized ones.</summary>
internal struct MemberWriter
{
    private static readonly string[] NoNames = [];
    private readonly CanonicalJsonWriter writer;
    private readonly IReadOnlyDictionary<string, JsonElement> unrecognized;
    private readonly string[] names;
    private int index;

    public MemberWriter(CanonicalJsonWriter writer, IReadOnlyDictionary<string, JsonElement> unrecognized)
    {
        this.writer = writer;
        this.unrecognized = unrecognized;
        if (unrecognized.Count == 0)
        {
            names = NoNames;
        }
        else
        {
            names = [.. unrecognized.Keys];
            Array.Sort(names, CodePointComparer.Instance);
        }

        index = 0;
        writer.StartObject();
    }

    /// <summary>Writes the name of a known member (in order); its value follows.</summary>
    public void Name(string name)
    {
        if (names.Length > 0)
        {
            writer.UnrecognizedBefore(names, unrecognized, ref index, name);
        }

        writer.PropertyName(name);
    }

    public void End()
    {
        if (names.Length > 0)
        {
            writer.UnrecognizedBefore(names, unrecognized, ref index, null);
        }

        writer.EndObject();
    }
}
