using System.Text.Json;

namespace Bonded.Auth.Tokens;

/// <summary>Reads one kind of <see cref="TokenCaveat"/> from its wire fields; registered in a <see cref="CaveatTypeRegistry"/>.</summary>
public abstract class CaveatType
{
    /// <summary>Creates the caveat type.</summary>
    protected CaveatType()
    {
    }

    /// <summary>The tag this type reads.</summary>
    public abstract int Tag { get; }

    /// <summary>A short name for documentation and <c>bonded token inspect</c> (for example "expiry").</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Reads the fields after the tag. The reader is positioned on the tag; read exactly this caveat's fields and
    /// leave the reader on the last token of the last field (the registry then requires the closing bracket).
    /// Return null when the fields are malformed: the token then fails closed.
    /// </summary>
    /// <param name="reader">The reader, positioned on the tag number.</param>
    /// <returns>The caveat, or null when the fields are malformed.</returns>
    public abstract TokenCaveat? Read(ref Utf8JsonReader reader);

    /// <summary>Reads the next token as a string; null when it is anything else.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The string, or null.</returns>
    protected static string? ReadString(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;

    /// <summary>Reads the next token as a 64-bit integer; null when it is anything else.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The integer, or null.</returns>
    protected static long? ReadInt64(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : null;

    /// <summary>Reads the next token as an array of strings (at most <paramref name="maxItems"/>); null when it is anything else.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="maxItems">The largest accepted number of items.</param>
    /// <returns>The strings, or null.</returns>
    protected static string[]? ReadStringArray(ref Utf8JsonReader reader, int maxItems)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        // Grown by doubling from one item, so that the common one-item array allocates exactly one array.
        string[] items = [];
        var count = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return count == items.Length ? items : items[..count];
            }

            if (reader.TokenType != JsonTokenType.String || count >= maxItems)
            {
                return null;
            }

            if (count == items.Length)
            {
                Array.Resize(ref items, Math.Max(1, count * 2));
            }

            items[count++] = reader.GetString()!;
        }

        return null;
    }
}
