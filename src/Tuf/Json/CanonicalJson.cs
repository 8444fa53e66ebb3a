using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace Bonded.Tuf;

/// <summary>
/// Canonical JSON as securesystemslib and python-tuf produce it for signing, and a strict reader for untrusted
/// metadata (no duplicate keys, no floating point numbers, valid UTF-8 only, bounded depth and size).
/// </summary>
public static class CanonicalJson
{
    /// <summary>Serializes a JSON value canonically to UTF-8.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The canonical bytes.</returns>
    /// <exception cref="InvalidMetadataException">The value holds a floating point number or an unpaired surrogate.</exception>
    public static byte[] Serialize(JsonElement value)
    {
        using var writer = new CanonicalJsonWriter();
        writer.Element(value);
        return writer.ToArray();
    }

    /// <summary>Parses untrusted JSON strictly.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="limits">Size and depth limits; <see cref="JsonReadLimits.Default"/> when null.</param>
    /// <returns>The parsed value, independent of <paramref name="utf8"/>.</returns>
    /// <exception cref="InvalidMetadataException">The document is not strict JSON within the limits.</exception>
    public static JsonElement Parse(ReadOnlySpan<byte> utf8, JsonReadLimits? limits = null)
    {
        var error = Validate(utf8, limits ?? JsonReadLimits.Default);
        if (error is not null)
        {
            throw new InvalidMetadataException(error);
        }

        using var document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 256 });
        return document.RootElement.Clone();
    }

    /// <summary>Parses untrusted JSON strictly, without throwing.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="value">The parsed value, or default.</param>
    /// <param name="limits">Size and depth limits; <see cref="JsonReadLimits.Default"/> when null.</param>
    /// <returns>Whether the document is strict JSON within the limits.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out JsonElement value, JsonReadLimits? limits = null)
    {
        if (Validate(utf8, limits ?? JsonReadLimits.Default) is not null)
        {
            value = default;
            return false;
        }

        using var document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 256 });
        value = document.RootElement.Clone();
        return true;
    }

    /// <summary>Parses strictly into a document the caller disposes (no copy of every value).</summary>
    internal static JsonDocument ParseDocument(ReadOnlyMemory<byte> utf8, JsonReadLimits? limits)
    {
        var error = Validate(utf8.Span, limits ?? JsonReadLimits.Default);
        if (error is not null)
        {
            throw new InvalidMetadataException(error);
        }

        return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 256 });
    }

    /// <summary>Returns null when the document is acceptable, else the reason.</summary>
    internal static string? Validate(ReadOnlySpan<byte> utf8, JsonReadLimits limits)
    {
        if (utf8.Length > limits.MaxBytes)
        {
            return $"The document has {utf8.Length} bytes; the limit is {limits.MaxBytes}.";
        }

        if (!Utf8.IsValid(utf8))
        {
            return "The document is not valid UTF-8.";
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = limits.MaxDepth,
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
        });
        var names = new Stack<HashSet<string>>();
        var spare = new Stack<HashSet<string>>(); // member-name sets reused across objects: one per nesting level, not one per object
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        names.Push(spare.Count > 0 ? spare.Pop() : new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        var closed = names.Pop();
                        closed.Clear();
                        spare.Push(closed);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!IsWellFormed(name))
                        {
                            return "A member name holds an unpaired surrogate.";
                        }

                        if (!names.Peek().Add(name))
                        {
                            return $"Duplicate member name \"{name}\".";
                        }

                        break;
                    case JsonTokenType.String:
                        if (reader.ValueIsEscaped && !IsWellFormed(reader.GetString()!))
                        {
                            return "A string holds an unpaired surrogate.";
                        }

                        break;
                    case JsonTokenType.Number:
                        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                        if (span.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
                        {
                            return "Floating point numbers are not allowed.";
                        }

                        if (!reader.TryGetInt64(out _))
                        {
                            return "An integer is out of range.";
                        }

                        break;
                    default:
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            return "Malformed JSON: " + exception.Message;
        }
        catch (InvalidOperationException exception)
        {
            return "Malformed JSON: " + exception.Message;
        }

        return null;
    }

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
