using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bonded.Auth.Macaroons;

/// <summary>
/// Reads and writes libmacaroons' formats (doc/format.txt): v1 packets, v2 binary, v2 JSON, and pymacaroons' v1 JSON.
/// Readers return an error message instead of throwing so that hostile input costs no exception on the hot path.
/// </summary>
internal static class MacaroonSerializer
{
    private const byte V2Version = 2;
    private const int FieldEos = 0;
    private const int FieldLocation = 1;
    private const int FieldIdentifier = 2;
    private const int FieldVid = 4;
    private const int FieldSignature = 6;
    private const int V1MaxPacket = 0xFFFF;
    private const int StackDecodeLimit = 1024;

    // ---------- dispatch ----------

    [System.Runtime.CompilerServices.SkipLocalsInit] // the decode buffer is written before it is read
    public static string? TryReadText(ReadOnlySpan<char> text, MacaroonLimits limits, out Macaroon? macaroon)
    {
        macaroon = null;
        if (text.Length == 0)
        {
            return "The macaroon is empty.";
        }

        if (text[0] == '{')
        {
            if (text.Length > limits.MaxSerializedBytes)
            {
                return $"The macaroon is longer than {limits.MaxSerializedBytes} bytes.";
            }

            var utf8 = Encoding.UTF8.GetBytes(text.ToArray());
            return utf8.Length > limits.MaxSerializedBytes
                ? $"The macaroon is longer than {limits.MaxSerializedBytes} bytes."
                : TryReadJson(utf8, limits, out macaroon);
        }

        if ((long)text.Length > ((long)limits.MaxSerializedBytes * 4 / 3) + 4)
        {
            return $"The macaroon is longer than {limits.MaxSerializedBytes} bytes.";
        }

        var max = Base64Any.MaxDecodedLength(text.Length);
        byte[]? rented = null;
        var buffer = max <= StackDecodeLimit ? stackalloc byte[StackDecodeLimit] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var written = Base64Any.Decode(text, buffer);
            if (written < 0)
            {
                return "The macaroon is neither JSON nor base64.";
            }

            return TryReadBytes(buffer[..written], limits, out macaroon);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented, clearArray: true);
            }
        }
    }

    public static string? TryReadBytes(ReadOnlySpan<byte> data, MacaroonLimits limits, out Macaroon? macaroon)
    {
        macaroon = null;
        if (data.IsEmpty)
        {
            return "The macaroon is empty.";
        }

        if (data.Length > limits.MaxSerializedBytes)
        {
            return $"The macaroon is longer than {limits.MaxSerializedBytes} bytes.";
        }

        var first = data[0];
        if (first == V2Version)
        {
            return TryReadV2(data, limits, out macaroon);
        }

        if (first is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
        {
            return TryReadV1(data, limits, out macaroon);
        }

        if (first == (byte)'{')
        {
            return TryReadJson(data, limits, out macaroon);
        }

        return "The macaroon is in no known format (the first byte is neither 2, a hex digit nor '{').";
    }

    // ---------- v2 binary ----------

    public static byte[] WriteV2(Macaroon macaroon)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.GetSpan(1)[0] = V2Version;
        buffer.Advance(1);
        if (macaroon.Location is not null)
        {
            WriteField(buffer, FieldLocation, Encoding.UTF8.GetBytes(macaroon.Location));
        }

        WriteField(buffer, FieldIdentifier, macaroon.IdentifierBytes);
        WriteVarint(buffer, FieldEos);
        foreach (var caveat in macaroon.CaveatArray)
        {
            if (caveat.Location is not null)
            {
                WriteField(buffer, FieldLocation, Encoding.UTF8.GetBytes(caveat.Location));
            }

            WriteField(buffer, FieldIdentifier, caveat.IdentifierBytes);
            if (caveat.VerificationIdBytes is not null)
            {
                WriteField(buffer, FieldVid, caveat.VerificationIdBytes);
            }

            WriteVarint(buffer, FieldEos);
        }

        WriteVarint(buffer, FieldEos);
        WriteField(buffer, FieldSignature, macaroon.SignatureBytes);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteField(ArrayBufferWriter<byte> buffer, int type, ReadOnlySpan<byte> value)
    {
        WriteVarint(buffer, type);
        WriteVarint(buffer, value.Length);
        value.CopyTo(buffer.GetSpan(value.Length));
        buffer.Advance(value.Length);
    }

    private static void WriteVarint(ArrayBufferWriter<byte> buffer, int value)
    {
        var span = buffer.GetSpan(5);
        var n = 0;
        var v = (uint)value;
        while (v >= 0x80)
        {
            span[n++] = unchecked((byte)(v | 0x80));
            v >>= 7;
        }

        span[n++] = (byte)v;
        buffer.Advance(n);
    }

    private static string? TryReadV2(ReadOnlySpan<byte> data, MacaroonLimits limits, out Macaroon? macaroon)
    {
        macaroon = null;
        var position = 1;
        var error = ReadSection(data, ref position, limits, out var location, out var identifier, out var vid, out var empty);
        if (error is not null)
        {
            return error;
        }

        if (identifier is null || vid is not null)
        {
            return "The v2 macaroon header must hold an optional location and an identifier only.";
        }

        var caveats = new List<Caveat>();
        while (true)
        {
            error = ReadSection(data, ref position, limits, out var caveatLocation, out var caveatId, out var caveatVid, out empty);
            if (error is not null)
            {
                return error;
            }

            if (empty)
            {
                break;
            }

            if (caveatId is null)
            {
                return "A v2 caveat has no identifier.";
            }

            if (caveatLocation is not null && caveatVid is null)
            {
                return "A v2 first-party caveat must not have a location.";
            }

            if (caveats.Count >= limits.MaxCaveats)
            {
                return $"The macaroon has more than {limits.MaxCaveats} caveats.";
            }

            caveats.Add(new Caveat(caveatId, caveatVid, caveatLocation));
        }

        if (!TryReadVarint(data, ref position, out var type) || type != FieldSignature)
        {
            return "The v2 macaroon has no signature field after its caveats.";
        }

        if (!TryReadVarint(data, ref position, out var length) || length != Macaroon.SignatureSize || data.Length - position < length)
        {
            return "The v2 macaroon signature is not 32 bytes.";
        }

        var signature = data.Slice(position, length).ToArray();
        position += length;
        if (position != data.Length)
        {
            return "The v2 macaroon has trailing bytes after its signature.";
        }

        macaroon = new Macaroon(location, identifier, [.. caveats], signature);
        return null;
    }

    private static string? ReadSection(
        ReadOnlySpan<byte> data,
        ref int position,
        MacaroonLimits limits,
        out string? location,
        out byte[]? identifier,
        out byte[]? vid,
        out bool empty)
    {
        location = null;
        identifier = null;
        vid = null;
        empty = true;
        var previous = FieldEos;
        while (true)
        {
            if (!TryReadVarint(data, ref position, out var type))
            {
                return "The v2 macaroon ends inside a section.";
            }

            if (type == FieldEos)
            {
                return null;
            }

            if (type <= previous)
            {
                return "The v2 macaroon has fields out of order or repeated.";
            }

            previous = type;
            if (!TryReadVarint(data, ref position, out var length) || length > data.Length - position)
            {
                return "A v2 field extends past the end of the macaroon.";
            }

            if (length > limits.MaxFieldBytes)
            {
                return $"A v2 field is longer than {limits.MaxFieldBytes} bytes.";
            }

            var value = data.Slice(position, length);
            position += length;
            empty = false;
            switch (type)
            {
                case FieldLocation:
                    location = Caveat.TryDecodeUtf8(value);
                    if (location is null)
                    {
                        return "A v2 location is not valid UTF-8.";
                    }

                    if (location.Length == 0)
                    {
                        location = null;
                    }

                    break;
                case FieldIdentifier:
                    identifier = value.ToArray();
                    break;
                case FieldVid:
                    vid = value.ToArray();
                    break;
                default:
                    return string.Create(CultureInfo.InvariantCulture, $"The v2 macaroon has an unexpected field type {type} in a section.");
            }
        }
    }

    private static bool TryReadVarint(ReadOnlySpan<byte> data, ref int position, out int value)
    {
        value = 0;
        var result = 0L;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= data.Length)
            {
                return false;
            }

            var b = data[position++];
            result |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                if (result > int.MaxValue)
                {
                    return false;
                }

                value = (int)result;
                return true;
            }
        }

        return false;
    }

    // ---------- v1 packets ----------

    public static byte[] WriteV1(Macaroon macaroon)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        WritePacket(buffer, "location"u8, Encoding.UTF8.GetBytes(macaroon.Location ?? string.Empty));
        WritePacket(buffer, "identifier"u8, macaroon.IdentifierBytes);
        foreach (var caveat in macaroon.CaveatArray)
        {
            WritePacket(buffer, "cid"u8, caveat.IdentifierBytes);
            if (caveat.VerificationIdBytes is not null)
            {
                WritePacket(buffer, "vid"u8, caveat.VerificationIdBytes);
                WritePacket(buffer, "cl"u8, Encoding.UTF8.GetBytes(caveat.Location ?? string.Empty));
            }
        }

        WritePacket(buffer, "signature"u8, macaroon.SignatureBytes);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WritePacket(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        var size = 4 + key.Length + 1 + value.Length + 1;
        if (size > V1MaxPacket)
        {
            throw new MacaroonFormatException($"A v1 packet holds at most {V1MaxPacket} bytes; this field needs {size}.");
        }

        var span = buffer.GetSpan(size);
        const string hex = "0123456789abcdef";
        span[0] = (byte)hex[(size >> 12) & 0xF];
        span[1] = (byte)hex[(size >> 8) & 0xF];
        span[2] = (byte)hex[(size >> 4) & 0xF];
        span[3] = (byte)hex[size & 0xF];
        key.CopyTo(span[4..]);
        span[4 + key.Length] = (byte)' ';
        value.CopyTo(span[(5 + key.Length)..]);
        span[size - 1] = (byte)'\n';
        buffer.Advance(size);
    }

    private static string? TryReadV1(ReadOnlySpan<byte> data, MacaroonLimits limits, out Macaroon? macaroon)
    {
        macaroon = null;
        string? location = null;
        byte[]? identifier = null;
        byte[]? signature = null;
        var caveats = new List<Caveat>();
        byte[]? cid = null;
        byte[]? vid = null;
        string? cl = null;
        var stage = 0; // 0 start, 1 after location, 2 after identifier/caveats, 3 after signature
        var position = 0;
        while (position < data.Length)
        {
            if (stage == 3)
            {
                return "The v1 macaroon has packets after its signature.";
            }

            if (data.Length - position < 4 || !TryParseHex4(data.Slice(position, 4), out var size))
            {
                return "A v1 packet does not start with four hex digits.";
            }

            if (size < 6 || size > data.Length - position)
            {
                return "A v1 packet length is out of range.";
            }

            var packet = data.Slice(position + 4, size - 4);
            position += size;
            if (packet[^1] != (byte)'\n')
            {
                return "A v1 packet does not end with a newline.";
            }

            var space = packet.IndexOf((byte)' ');
            if (space <= 0)
            {
                return "A v1 packet has no key.";
            }

            var key = packet[..space];
            var value = packet[(space + 1)..^1];
            if (value.Length > limits.MaxFieldBytes && !key.SequenceEqual("signature"u8))
            {
                return $"A v1 field is longer than {limits.MaxFieldBytes} bytes.";
            }

            if (key.SequenceEqual("location"u8) && stage == 0)
            {
                location = Caveat.TryDecodeUtf8(value);
                if (location is null)
                {
                    return "The v1 location is not valid UTF-8.";
                }

                location = location.Length == 0 ? null : location;
                stage = 1;
            }
            else if (key.SequenceEqual("identifier"u8) && stage < 2)
            {
                identifier = value.ToArray();
                stage = 2;
            }
            else if (key.SequenceEqual("cid"u8) && stage == 2)
            {
                var error = FlushV1Caveat(caveats, ref cid, ref vid, ref cl, limits);
                if (error is not null)
                {
                    return error;
                }

                cid = value.ToArray();
            }
            else if (key.SequenceEqual("vid"u8) && stage == 2 && cid is not null && vid is null && cl is null)
            {
                vid = value.ToArray();
            }
            else if (key.SequenceEqual("cl"u8) && stage == 2 && cid is not null && cl is null)
            {
                cl = Caveat.TryDecodeUtf8(value);
                if (cl is null)
                {
                    return "A v1 caveat location is not valid UTF-8.";
                }
            }
            else if (key.SequenceEqual("signature"u8) && stage == 2)
            {
                var error = FlushV1Caveat(caveats, ref cid, ref vid, ref cl, limits);
                if (error is not null)
                {
                    return error;
                }

                if (value.Length != Macaroon.SignatureSize)
                {
                    return "The v1 macaroon signature is not 32 bytes.";
                }

                signature = value.ToArray();
                stage = 3;
            }
            else
            {
                return "The v1 macaroon has an unknown or misplaced packet.";
            }
        }

        if (identifier is null || signature is null)
        {
            return "The v1 macaroon lacks an identifier or a signature.";
        }

        macaroon = new Macaroon(location, identifier, [.. caveats], signature);
        return null;
    }

    private static string? FlushV1Caveat(List<Caveat> caveats, ref byte[]? cid, ref byte[]? vid, ref string? cl, MacaroonLimits limits)
    {
        if (cid is null)
        {
            return null;
        }

        if (vid is null && !string.IsNullOrEmpty(cl))
        {
            return "A v1 first-party caveat must not have a location.";
        }

        if (caveats.Count >= limits.MaxCaveats)
        {
            return $"The macaroon has more than {limits.MaxCaveats} caveats.";
        }

        caveats.Add(new Caveat(cid, vid, vid is null || string.IsNullOrEmpty(cl) ? null : cl));
        cid = null;
        vid = null;
        cl = null;
        return null;
    }

    private static bool TryParseHex4(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var d in digits)
        {
            int nibble = d switch
            {
                >= (byte)'0' and <= (byte)'9' => d - '0',
                >= (byte)'a' and <= (byte)'f' => d - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => d - 'A' + 10,
                _ => -1,
            };
            if (nibble < 0)
            {
                return false;
            }

            value = (value << 4) | nibble;
        }

        return true;
    }

    // ---------- JSON ----------

    public static byte[] WriteV2Json(Macaroon macaroon)
    {
        var text = new StringBuilder(256);
        text.Append("{\"v\":2");
        if (macaroon.Location is not null)
        {
            text.Append(",\"l\":");
            JsonText.AppendString(text, macaroon.Location, asciiOnly: false);
        }

        AppendBinaryField(text, ",\"i", macaroon.IdentifierBytes);
        text.Append(",\"c\":[");
        for (var i = 0; i < macaroon.CaveatArray.Length; i++)
        {
            var caveat = macaroon.CaveatArray[i];
            text.Append(i == 0 ? "{" : ",{");
            AppendBinaryField(text, "\"i", caveat.IdentifierBytes);
            if (caveat.Location is not null)
            {
                text.Append(",\"l\":");
                JsonText.AppendString(text, caveat.Location, asciiOnly: false);
            }

            if (caveat.VerificationIdBytes is not null)
            {
                AppendBinaryField(text, ",\"v", caveat.VerificationIdBytes);
            }

            text.Append('}');
        }

        text.Append("],\"s64\":\"").Append(Base64Any.EncodeUrl(macaroon.SignatureBytes)).Append("\"}");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void AppendBinaryField(StringBuilder text, string prefix, byte[] value)
    {
        var utf8 = Caveat.TryDecodeUtf8(value);
        text.Append(prefix);
        if (utf8 is not null)
        {
            text.Append("\":");
            JsonText.AppendString(text, utf8, asciiOnly: false);
        }
        else
        {
            text.Append("64\":\"").Append(Base64Any.EncodeUrl(value)).Append('"');
        }
    }

    public static byte[] WriteV1Json(Macaroon macaroon)
    {
        var identifier = Caveat.TryDecodeUtf8(macaroon.IdentifierBytes)
            ?? throw new MacaroonFormatException("v1 JSON holds text identifiers only; this identifier is not UTF-8.");
        var text = new StringBuilder(256);
        text.Append("{\"identifier\": ");
        JsonText.AppendString(text, identifier, asciiOnly: true);
        text.Append(", \"signature\": \"").Append(Convert.ToHexStringLower(macaroon.SignatureBytes)).Append('"');
        if (!string.IsNullOrEmpty(macaroon.Location))
        {
            text.Append(", \"location\": ");
            JsonText.AppendString(text, macaroon.Location, asciiOnly: true);
        }

        if (macaroon.CaveatArray.Length > 0)
        {
            text.Append(", \"caveats\": [");
            for (var i = 0; i < macaroon.CaveatArray.Length; i++)
            {
                var caveat = macaroon.CaveatArray[i];
                var cid = Caveat.TryDecodeUtf8(caveat.IdentifierBytes)
                    ?? throw new MacaroonFormatException("v1 JSON holds text caveat identifiers only; this one is not UTF-8.");
                text.Append(i == 0 ? "{" : ", {");
                var comma = false;
                if (cid.Length > 0)
                {
                    text.Append("\"cid\": ");
                    JsonText.AppendString(text, cid, asciiOnly: true);
                    comma = true;
                }

                if (caveat.VerificationIdBytes is { Length: > 0 } vid)
                {
                    text.Append(comma ? ", " : string.Empty).Append("\"vid\": \"").Append(Base64Any.EncodeUrl(vid)).Append('"');
                    comma = true;
                }

                if (!string.IsNullOrEmpty(caveat.Location))
                {
                    text.Append(comma ? ", " : string.Empty).Append("\"cl\": ");
                    JsonText.AppendString(text, caveat.Location, asciiOnly: true);
                }

                text.Append('}');
            }

            text.Append(']');
        }

        text.Append('}');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string? TryReadJson(ReadOnlySpan<byte> data, MacaroonLimits limits, out Macaroon? macaroon)
    {
        macaroon = null;
        if (!System.Text.Unicode.Utf8.IsValid(data))
        {
            return "The macaroon JSON is not valid UTF-8.";
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(data, new JsonReaderOptions { MaxDepth = 4 });
            if (!JsonDocument.TryParseValue(ref reader, out var parsed))
            {
                return "The macaroon JSON is incomplete.";
            }

            document = parsed;
            if (reader.BytesConsumed != data.Length && !IsWhitespace(data[(int)reader.BytesConsumed..]))
            {
                document.Dispose();
                return "The macaroon JSON has trailing content.";
            }
        }
        catch (JsonException e)
        {
            return "The macaroon JSON is malformed: " + e.Message;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "The macaroon JSON is not an object.";
            }

            return root.TryGetProperty("identifier", out _) || root.TryGetProperty("signature", out _)
                ? TryReadV1Json(root, limits, out macaroon)
                : TryReadV2Json(root, limits, out macaroon);
        }
    }

    private static bool IsWhitespace(ReadOnlySpan<byte> rest)
    {
        foreach (var b in rest)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? TryReadV2Json(JsonElement root, MacaroonLimits limits, out Macaroon? macaroon)
    {
        macaroon = null;
        string? location = null;
        byte[]? identifier = null;
        byte[]? signature = null;
        JsonElement? caveatArray = null;
        var seen = new HashSet<char>();
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            string? error;
            switch (name)
            {
                case "v":
                    if (!seen.Add('v'))
                    {
                        return "The v2 JSON macaroon repeats \"v\".";
                    }

                    if (!(property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var n) && n == 2)
                        && !(property.Value.ValueKind == JsonValueKind.String && property.Value.ValueEquals("2")))
                    {
                        return "The JSON macaroon version is not 2.";
                    }

                    break;
                case "l" or "l64":
                    error = ReadJsonField(property, seen, 'l', limits, out var locationBytes);
                    if (error is not null)
                    {
                        return error;
                    }

                    location = Caveat.TryDecodeUtf8(locationBytes!);
                    if (location is null)
                    {
                        return "The JSON macaroon location is not UTF-8.";
                    }

                    location = location.Length == 0 ? null : location;
                    break;
                case "i" or "i64":
                    error = ReadJsonField(property, seen, 'i', limits, out identifier);
                    if (error is not null)
                    {
                        return error;
                    }

                    break;
                case "s" or "s64":
                    error = ReadJsonField(property, seen, 's', limits, out signature);
                    if (error is not null)
                    {
                        return error;
                    }

                    break;
                case "c":
                    if (!seen.Add('c') || property.Value.ValueKind != JsonValueKind.Array)
                    {
                        return "The JSON macaroon caveats are repeated or not an array.";
                    }

                    caveatArray = property.Value;
                    break;
                default:
                    return "The v2 JSON macaroon has an unknown field.";
            }
        }

        if (identifier is null || signature is null)
        {
            return "The v2 JSON macaroon lacks an identifier or a signature.";
        }

        if (signature.Length != Macaroon.SignatureSize)
        {
            return "The JSON macaroon signature is not 32 bytes.";
        }

        var caveats = new List<Caveat>();
        if (caveatArray is { } array)
        {
            if (array.GetArrayLength() > limits.MaxCaveats)
            {
                return $"The macaroon has more than {limits.MaxCaveats} caveats.";
            }

            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    return "A JSON caveat is not an object.";
                }

                byte[]? cid = null;
                byte[]? vid = null;
                string? cl = null;
                var caveatSeen = new HashSet<char>();
                foreach (var property in item.EnumerateObject())
                {
                    string? error;
                    switch (property.Name)
                    {
                        case "i" or "i64":
                            error = ReadJsonField(property, caveatSeen, 'i', limits, out cid);
                            break;
                        case "v" or "v64":
                            error = ReadJsonField(property, caveatSeen, 'v', limits, out vid);
                            break;
                        case "l" or "l64":
                            error = ReadJsonField(property, caveatSeen, 'l', limits, out var clBytes);
                            if (error is null)
                            {
                                cl = Caveat.TryDecodeUtf8(clBytes!);
                                error = cl is null ? "A JSON caveat location is not UTF-8." : null;
                            }

                            break;
                        default:
                            error = "A JSON caveat has an unknown field.";
                            break;
                    }

                    if (error is not null)
                    {
                        return error;
                    }
                }

                if (cid is null)
                {
                    return "A JSON caveat has no identifier.";
                }

                cl = string.IsNullOrEmpty(cl) ? null : cl;
                if (vid is null && cl is not null)
                {
                    return "A JSON first-party caveat must not have a location.";
                }

                caveats.Add(new Caveat(cid, vid, cl));
            }
        }

        macaroon = new Macaroon(location, identifier, [.. caveats], signature);
        return null;
    }

    private static string? ReadJsonField(JsonProperty property, HashSet<char> seen, char field, MacaroonLimits limits, out byte[]? value)
    {
        value = null;
        if (!seen.Add(field))
        {
            return $"The JSON macaroon gives field \"{field}\" more than once.";
        }

        if (property.Value.ValueKind != JsonValueKind.String)
        {
            return $"The JSON macaroon field \"{property.Name}\" is not a string.";
        }

        var text = property.Value.GetString()!;
        if (text.Length > limits.MaxFieldBytes * 2)
        {
            return $"A JSON field is longer than {limits.MaxFieldBytes} bytes.";
        }

        value = property.Name.EndsWith("64", StringComparison.Ordinal) ? Base64Any.Decode(text) : Encoding.UTF8.GetBytes(text);
        if (value is null)
        {
            return $"The JSON macaroon field \"{property.Name}\" is not base64.";
        }

        return value.Length > limits.MaxFieldBytes ? $"A JSON field is longer than {limits.MaxFieldBytes} bytes." : null;
    }

    private static string? TryReadV1Json(JsonElement root, MacaroonLimits limits, out Macaroon? macaroon)
    {
        macaroon = null;
        string? location = null;
        byte[]? identifier = null;
        byte[]? signature = null;
        var caveats = new List<Caveat>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                return "The v1 JSON macaroon repeats a field.";
            }

            var value = property.Value;
            switch (property.Name)
            {
                case "location" when value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    location = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                    location = string.IsNullOrEmpty(location) ? null : location;
                    if (location is not null && Encoding.UTF8.GetByteCount(location) > limits.MaxFieldBytes)
                    {
                        return $"A JSON field is longer than {limits.MaxFieldBytes} bytes.";
                    }

                    break;
                case "identifier" when value.ValueKind == JsonValueKind.String:
                    identifier = Encoding.UTF8.GetBytes(value.GetString()!);
                    if (identifier.Length > limits.MaxFieldBytes)
                    {
                        return $"A JSON field is longer than {limits.MaxFieldBytes} bytes.";
                    }

                    break;
                case "signature" when value.ValueKind == JsonValueKind.String:
                    var hex = value.GetString()!;
                    if (hex.Length != Macaroon.SignatureSize * 2)
                    {
                        return "The v1 JSON signature is not 64 hex digits.";
                    }

                    try
                    {
                        signature = Convert.FromHexString(hex);
                    }
                    catch (FormatException)
                    {
                        return "The v1 JSON signature is not hex.";
                    }

                    break;
                case "caveats" when value.ValueKind is JsonValueKind.Array or JsonValueKind.Null:
                    if (value.ValueKind == JsonValueKind.Null)
                    {
                        break;
                    }

                    if (value.GetArrayLength() > limits.MaxCaveats)
                    {
                        return $"The macaroon has more than {limits.MaxCaveats} caveats.";
                    }

                    foreach (var item in value.EnumerateArray())
                    {
                        var error = ReadV1JsonCaveat(item, limits, out var caveat);
                        if (error is not null)
                        {
                            return error;
                        }

                        caveats.Add(caveat!);
                    }

                    break;
                default:
                    return "The v1 JSON macaroon has an unknown or mistyped field.";
            }
        }

        if (identifier is null || signature is null)
        {
            return "The v1 JSON macaroon lacks an identifier or a signature.";
        }

        macaroon = new Macaroon(location, identifier, [.. caveats], signature);
        return null;
    }

    private static string? ReadV1JsonCaveat(JsonElement item, MacaroonLimits limits, out Caveat? caveat)
    {
        caveat = null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            return "A v1 JSON caveat is not an object.";
        }

        byte[] cid = [];
        byte[]? vid = null;
        string? cl = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                return "A v1 JSON caveat repeats a field.";
            }

            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                return "A v1 JSON caveat field is not a string.";
            }

            var text = value.GetString()!;
            if (text.Length > limits.MaxFieldBytes * 2)
            {
                return $"A JSON field is longer than {limits.MaxFieldBytes} bytes.";
            }

            switch (property.Name)
            {
                case "cid":
                    cid = Encoding.UTF8.GetBytes(text);
                    break;
                case "vid":
                    vid = Base64Any.Decode(text);
                    if (vid is null)
                    {
                        return "A v1 JSON caveat vid is not base64.";
                    }

                    vid = vid.Length == 0 ? null : vid;
                    break;
                case "cl":
                    cl = text.Length == 0 ? null : text;
                    break;
                default:
                    return "A v1 JSON caveat has an unknown field.";
            }
        }

        if (cid.Length > limits.MaxFieldBytes || (vid?.Length ?? 0) > limits.MaxFieldBytes)
        {
            return $"A JSON field is longer than {limits.MaxFieldBytes} bytes.";
        }

        if (vid is null && cl is not null)
        {
            return "A v1 JSON first-party caveat must not have a location.";
        }

        caveat = new Caveat(cid, vid, cl);
        return null;
    }
}
