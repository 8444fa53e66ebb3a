using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Bonded.Auth.Tokens;

/// <summary>
/// The caveat kinds a registry understands, by tag: Warehouse's five built-in kinds plus any registry-defined ones.
/// A caveat whose tag is not registered, or whose fields are malformed, never verifies (fail closed).
/// </summary>
public sealed class CaveatTypeRegistry
{
    private readonly Dictionary<int, CaveatType> types = [];

    /// <summary>Creates a registry holding the built-in kinds (tags 0 to 4).</summary>
    public CaveatTypeRegistry()
    {
        Register(new ExpiryCaveat.Type());
        Register(new ProjectNamesCaveat.Type());
        Register(new ProjectIdsCaveat.Type());
        Register(new UserCaveat.Type());
        Register(new TrustedPublisherCaveat.Type());
    }

    /// <summary>The registered kinds.</summary>
    public IReadOnlyCollection<CaveatType> Types => types.Values;

    /// <summary>Registers a registry-defined kind of caveat.</summary>
    /// <param name="type">The caveat type.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="ArgumentException">Its tag is negative or already registered.</exception>
    public CaveatTypeRegistry Register(CaveatType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Tag < 0)
        {
            throw new ArgumentException("A caveat tag is a non-negative integer.", nameof(type));
        }

        if (!types.TryAdd(type.Tag, type))
        {
            throw new ArgumentException($"Caveat tag {type.Tag} is already registered to {types[type.Tag].Name}.", nameof(type));
        }

        return this;
    }

    /// <summary>Reads a caveat predicate (<c>[tag, fields...]</c>); false when it is not JSON, not an array, has an unknown tag or malformed fields.</summary>
    /// <param name="predicate">The caveat identifier bytes from a token, untrusted.</param>
    /// <param name="caveat">The typed caveat when it could be read.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>Whether the predicate is a known, well-formed caveat.</returns>
    public bool TryRead(ReadOnlySpan<byte> predicate, [NotNullWhen(true)] out TokenCaveat? caveat, [NotNullWhen(false)] out string? error)
    {
        caveat = null;
        try
        {
            var reader = new Utf8JsonReader(predicate, new JsonReaderOptions { MaxDepth = 8 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                error = "caveat must be an array";
                return false;
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var tag))
            {
                error = "caveat array must start with an integer tag";
                return false;
            }

            if (!types.TryGetValue(tag, out var type))
            {
                error = $"caveat has unknown tag: {tag}";
                return false;
            }

            var read = type.Read(ref reader);
            if (read is null || !reader.Read() || reader.TokenType != JsonTokenType.EndArray || reader.Read())
            {
                error = $"caveat {type.Name} has invalid fields";
                return false;
            }

            caveat = read;
            error = null;
            return true;
        }
        catch (JsonException)
        {
            error = "caveat is not valid JSON";
            return false;
        }
    }
}
