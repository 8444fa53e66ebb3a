using System.Text;
using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>
/// Reads a target manifest: JSON Lines, one object per line with <c>path</c>, <c>length</c> and <c>hashes</c>
/// (and optionally <c>custom</c>), for registries that already know their files' digests.
/// </summary>
public static class TargetManifest
{
    /// <summary>Reads every target of a manifest.</summary>
    /// <param name="stream">The JSON Lines stream.</param>
    /// <returns>The targets in file order.</returns>
    /// <exception cref="InvalidMetadataException">A line is not a valid target (the message names the line).</exception>
    public static IEnumerable<TargetFile> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCore(stream);
    }

    /// <summary>Parses one manifest line.</summary>
    /// <param name="line">The UTF-8 line.</param>
    /// <returns>The target.</returns>
    /// <exception cref="InvalidMetadataException">The line is not a valid target.</exception>
    public static TargetFile ParseLine(ReadOnlySpan<byte> line) => TryParseSimple(line) ?? ParseFull(line);

    /// <summary>The common shape (path, length, hashes of strings, nothing else) in one pass; null sends the line to the full parser.</summary>
    private static TargetFile? TryParseSimple(ReadOnlySpan<byte> line)
    {
        if (line.Length > 65536 || !System.Text.Unicode.Utf8.IsValid(line))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 3 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? path = null;
            long length = -1;
            Dictionary<string, string>? hashes = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("path"u8) && path is null)
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                    {
                        return null;
                    }

                    path = reader.GetString();
                }
                else if (reader.ValueTextEquals("length"u8) && length < 0)
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.Number || reader.ValueSpan.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0
                        || !reader.TryGetInt64(out length) || length < 0)
                    {
                        return null;
                    }
                }
                else if (reader.ValueTextEquals("hashes"u8) && hashes is null)
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                    {
                        return null;
                    }

                    hashes = new Dictionary<string, string>(2, StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var algorithm = reader.GetString()!;
                        if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || !hashes.TryAdd(algorithm, reader.GetString()!))
                        {
                            return null;
                        }
                    }

                    if (reader.TokenType != JsonTokenType.EndObject || hashes.Count == 0)
                    {
                        return null;
                    }
                }
                else
                {
                    return null;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || path is null || length < 0 || hashes is null || reader.ValueIsEscaped)
            {
                return null;
            }

            return new TargetFile(path, length, hashes);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static TargetFile ParseFull(ReadOnlySpan<byte> line)
    {
        using var document = CanonicalJson.ParseDocument(line.ToArray(), JsonReadLimits.Default);
        var fields = new JsonFields(document.RootElement, "manifest line");
        var path = fields.String("path");
        var length = fields.Int64("length");
        var hashes = FileHashes.ReadHashes(fields.Take("hashes"), "hashes");
        if (length < 0)
        {
            throw new InvalidMetadataException("A negative length.");
        }

        return new TargetFile(path, length, hashes) { UnrecognizedFields = fields.Rest() };
    }

    private static IEnumerable<TargetFile> ReadCore(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            TargetFile target;
            try
            {
                target = ParseLine(Encoding.UTF8.GetBytes(line));
            }
            catch (InvalidMetadataException exception)
            {
                throw new InvalidMetadataException($"Manifest line {number}: {exception.Message}", exception);
            }
            catch (DecoderFallbackException exception)
            {
                throw new InvalidMetadataException($"Manifest line {number} is not UTF-8.", exception);
            }

            yield return target;
        }
    }

    /// <summary>Writes one manifest line (no newline) for a target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The UTF-8 JSON line.</returns>
    public static byte[] FormatLine(TargetFile target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var writer = new CanonicalJsonWriter(256) { EscapeJson = true };
        var members = new MemberWriter(writer, target.UnrecognizedFields);
        members.Name("hashes");
        FileHashes.WriteHashes(writer, target.Hashes);
        members.Name("length");
        writer.Number(target.Length);
        members.Name("path");
        writer.String(target.Path);
        members.End();
        return writer.ToArray();
    }
}
