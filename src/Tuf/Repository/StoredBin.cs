using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>
/// A hash bin as stored, read for the repository writer without building metadata objects: its version, expiry and
/// each target's path and canonical value as slices of the file's own bytes. Opening a repository of millions of
/// targets is then one reader pass per bin instead of a document, a <see cref="TargetFile"/> and a re-encoding per
/// target.
/// </summary>
/// <remarks>
/// Only a bin in the exact shape this writer produces is read this way: the five members of a bin in canonical form,
/// every target value already canonical (no white space, members in code-point order, integers, strings without
/// escapes), with a non-negative <c>length</c> and a non-empty object of string <c>hashes</c>. Anything else (custom
/// escapes, delegations, unknown members) returns false, and the caller reads the bin through the strict metadata
/// parser instead, so nothing is accepted here that the strict path would refuse or read differently.
/// </remarks>
internal sealed class StoredBin
{
    private StoredBin(long version, DateTimeOffset expires, List<(ReadOnlyMemory<byte> Path, ReadOnlyMemory<byte> Value)> targets)
    {
        Version = version;
        Expires = expires;
        Targets = targets;
    }

    public long Version { get; }

    public DateTimeOffset Expires { get; }

    /// <summary>Each target's UTF-8 path and canonical value, slices of the stored bytes.</summary>
    public List<(ReadOnlyMemory<byte> Path, ReadOnlyMemory<byte> Value)> Targets { get; }

    /// <summary>Reads a stored bin, or returns false when it is not in the writer's own canonical shape.</summary>
    public static bool TryRead(byte[] bytes, int maxDepth, out StoredBin? bin)
    {
        bin = null;
        try
        {
            return TryReadCore(bytes, maxDepth, out bin);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (InvalidMetadataException)
        {
            return false;
        }
    }

    private static bool TryReadCore(byte[] bytes, int maxDepth, out StoredBin? bin)
    {
        bin = null;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        long version = 0;
        DateTimeOffset? expires = null;
        List<(ReadOnlyMemory<byte>, ReadOnlyMemory<byte>)>? targets = null;
        var sawSigned = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("signatures"u8))
            {
                reader.Skip();
            }
            else if (reader.ValueTextEquals("signed"u8) && !sawSigned)
            {
                sawSigned = true;
                if (!ReadSigned(bytes, ref reader, out version, out expires, out targets))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || targets is null || expires is null || version < 1)
        {
            return false;
        }

        bin = new StoredBin(version, expires.Value, targets);
        return true;
    }

    private static bool ReadSigned(byte[] bytes, ref Utf8JsonReader reader, out long version, out DateTimeOffset? expires,
        out List<(ReadOnlyMemory<byte>, ReadOnlyMemory<byte>)>? targets)
    {
        version = 0;
        expires = null;
        targets = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        // Exactly the members of a bin, in canonical order.
        ReadOnlySpan<string> expected = ["_type", "expires", "spec_version", "targets", "version"];
        var index = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (index == expected.Length || !reader.ValueTextEquals(expected[index]))
            {
                return false;
            }

            if (!reader.Read())
            {
                return false;
            }

            switch (index++)
            {
                case 0 when reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("targets"u8):
                case 2 when reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped:
                    break;
                case 1 when reader.TokenType == JsonTokenType.String:
                    expires = JsonFields.AsExpiry(reader.GetString()!, "expires");
                    break;
                case 3 when reader.TokenType == JsonTokenType.StartObject:
                    targets = ReadTargets(bytes, ref reader);
                    if (targets is null)
                    {
                        return false;
                    }

                    break;
                case 4 when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out version) && IsCanonicalInteger(reader.ValueSpan):
                    break;
                default:
                    return false;
            }
        }

        return index == expected.Length && reader.TokenType == JsonTokenType.EndObject;
    }

    private static List<(ReadOnlyMemory<byte>, ReadOnlyMemory<byte>)>? ReadTargets(byte[] bytes, ref Utf8JsonReader reader)
    {
        var targets = new List<(ReadOnlyMemory<byte>, ReadOnlyMemory<byte>)>();
        var names = new Stack<ReadOnlyMemory<byte>>();
        ReadOnlySpan<byte> previous = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return null;
            }

            var nameStart = checked((int)reader.TokenStartIndex) + 1;
            var path = bytes.AsMemory(nameStart, reader.ValueSpan.Length);
            if (path.IsEmpty || !System.Text.Unicode.Utf8.IsValid(path.Span) || (targets.Count > 0 && path.Span.SequenceCompareTo(previous) <= 0))
            {
                return null;
            }

            previous = path.Span;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var start = checked((int)reader.TokenStartIndex);
            if (!IsCanonicalTargetValue(bytes, ref reader, names))
            {
                return null;
            }

            targets.Add((path, bytes.AsMemory(start, checked((int)reader.BytesConsumed) - start)));
        }

        return reader.TokenType == JsonTokenType.EndObject ? targets : null;
    }

    /// <summary>
    /// Whether the object the reader stands on is a target value already in canonical form: every token right after the
    /// previous one (only ':' or ',' between), members in code-point order, integers, no escapes; with a non-negative
    /// integer <c>length</c> and a non-empty object of strings <c>hashes</c>. Leaves the reader on its end.
    /// </summary>
    /// <param name="bytes">The stored bin.</param>
    /// <param name="reader">The reader, on the value's start.</param>
    /// <param name="names">The last member name of each open object (reused across values; cleared here).</param>
    private static bool IsCanonicalTargetValue(byte[] bytes, ref Utf8JsonReader reader, Stack<ReadOnlyMemory<byte>> names)
    {
        var depth = reader.CurrentDepth;
        var end = checked((int)reader.TokenStartIndex) + 1;
        names.Clear();
        names.Push(default);
        bool sawLength = false, sawHashes = false;
        var hashCount = 0;
        string? member = null;
        while (reader.Read())
        {
            var start = checked((int)reader.TokenStartIndex);
            if (start != end && !(start == end + 1 && bytes[end] is (byte)':' or (byte)','))
            {
                return false;
            }

            if (reader.HasValueSequence || reader.ValueIsEscaped)
            {
                return false;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var name = bytes.AsMemory(start + 1, reader.ValueSpan.Length);
                    if (names.Count > 0 && !names.Peek().IsEmpty && name.Span.SequenceCompareTo(names.Peek().Span) <= 0)
                    {
                        return false;
                    }

                    names.Pop();
                    names.Push(name);
                    if (reader.CurrentDepth == depth + 1)
                    {
                        member = reader.ValueTextEquals("length"u8) ? "length" : reader.ValueTextEquals("hashes"u8) ? "hashes" : "custom";
                    }

                    end = start + reader.ValueSpan.Length + 2;
                    continue;
                case JsonTokenType.String:
                    end = start + reader.ValueSpan.Length + 2;
                    if (reader.CurrentDepth == depth + 2 && member == "hashes")
                    {
                        hashCount++;
                    }
                    else if (reader.CurrentDepth == depth + 1 && member is "length" or "hashes")
                    {
                        return false;
                    }

                    continue;
                case JsonTokenType.Number:
                    if (!IsCanonicalInteger(reader.ValueSpan) || !reader.TryGetInt64(out var number))
                    {
                        return false;
                    }

                    if (reader.CurrentDepth == depth + 1 && member == "length")
                    {
                        if (number < 0)
                        {
                            return false;
                        }

                        sawLength = true;
                    }
                    else if (member is "length" or "hashes" && reader.CurrentDepth <= depth + 2)
                    {
                        return false;
                    }

                    end = start + reader.ValueSpan.Length;
                    continue;
                case JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                    if (member is "length" or "hashes" && reader.CurrentDepth <= depth + 2)
                    {
                        return false;
                    }

                    end = start + reader.ValueSpan.Length;
                    continue;
                case JsonTokenType.StartObject:
                    if (reader.CurrentDepth == depth + 1 && member == "hashes")
                    {
                        sawHashes = true;
                    }
                    else if (member is "length" or "hashes" && reader.CurrentDepth <= depth + 2)
                    {
                        return false;
                    }

                    names.Push(default);
                    end = start + 1;
                    continue;
                case JsonTokenType.StartArray:
                    if (member is "length" or "hashes" && reader.CurrentDepth <= depth + 2)
                    {
                        return false;
                    }

                    names.Push(default);
                    end = start + 1;
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    names.Pop();
                    end = start + 1;
                    if (reader.CurrentDepth == depth)
                    {
                        return sawLength && sawHashes && hashCount > 0;
                    }

                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool IsCanonicalInteger(ReadOnlySpan<byte> raw) =>
        raw.Length > 0 && raw.IndexOfAnyExceptInRange((byte)'0', (byte)'9') is var other &&
        (other < 0 || (other == 0 && raw[0] == '-' && raw.Length > 1 && raw[1..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)) &&
        !(raw[0] == '0' && raw.Length > 1) && !(raw.Length > 1 && raw[0] == '-' && raw[1] == '0');
}
