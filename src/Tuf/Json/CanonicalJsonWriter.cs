using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Bonded.Tuf;

/// <summary>
/// Writes canonical JSON exactly as securesystemslib's <c>encode_canonical</c> does: no whitespace, object keys in
/// code point order, only <c>\</c> and <c>"</c> escaped, integers only, UTF-8 output.
/// </summary>
/// <remarks>Callers write object members in code point order; the writer inserts the separators.</remarks>
internal sealed class CanonicalJsonWriter : IDisposable
{
    private const int MaxDepth = 128;
    private readonly bool[] hasItems = new bool[MaxDepth];
    private byte[] buffer;
    private int position;
    private int depth;
    private bool pendingValueAfterName;

    private static readonly SearchValues<byte> CanonicalSpecial = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> JsonSpecial = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"u8);

    public CanonicalJsonWriter(int initialCapacity = 4096)
    {
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 256));
    }

    public int Length => position;

    /// <summary>
    /// False (default): canonical JSON for signing, control characters raw as securesystemslib leaves them.
    /// True: the same bytes except control characters escaped, so that the file is valid JSON for every client.
    /// </summary>
    public bool EscapeJson { get; init; }

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, position);

    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, position);

    public byte[] ToArray() => WrittenSpan.ToArray();

    public void Reset()
    {
        position = 0;
        depth = 0;
    }

    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void StartObject()
    {
        BeforeValue();
        WriteByte((byte)'{');
        Push();
    }

    public void EndObject()
    {
        depth--;
        WriteByte((byte)'}');
    }

    public void StartArray()
    {
        BeforeValue();
        WriteByte((byte)'[');
        Push();
    }

    public void EndArray()
    {
        depth--;
        WriteByte((byte)']');
    }

    /// <summary>Writes a member name; the value follows with one of the value methods.</summary>
    public void PropertyName(string name)
    {
        Separator();
        WriteStringCore(name);
        WriteByte((byte)':');
        pendingValueAfterName = true;
    }

    /// <summary>Writes a member name given as its already escaped UTF-8 form including quotes and colon.</summary>
    public void PropertyNameRaw(ReadOnlySpan<byte> quotedNameWithColon)
    {
        Separator();
        WriteRaw(quotedNameWithColon);
        pendingValueAfterName = true;
    }

    public void String(string value)
    {
        BeforeValue();
        WriteStringCore(value);
    }

    /// <summary>Writes a string value given as already escaped UTF-8 bytes including its quotes.</summary>
    public void StringRaw(ReadOnlySpan<byte> quoted)
    {
        BeforeValue();
        WriteRaw(quoted);
    }

    /// <summary>Writes an already canonical JSON value.</summary>
    public void RawValue(ReadOnlySpan<byte> canonical)
    {
        BeforeValue();
        WriteRaw(canonical);
    }

    public void Number(long value)
    {
        BeforeValue();
        Ensure(20);
        value.TryFormat(buffer.AsSpan(position), out var written, default, CultureInfo.InvariantCulture);
        position += written;
    }

    public void Boolean(bool value)
    {
        BeforeValue();
        WriteRaw(value ? "true"u8 : "false"u8);
    }

    public void Null()
    {
        BeforeValue();
        WriteRaw("null"u8);
    }

    public void Property(string name, string value)
    {
        PropertyName(name);
        String(value);
    }

    public void Property(string name, long value)
    {
        PropertyName(name);
        Number(value);
    }

    public void StringArray(IEnumerable<string> values)
    {
        StartArray();
        foreach (var value in values)
        {
            String(value);
        }

        EndArray();
    }

    /// <summary>Writes any JSON value; objects get their members sorted.</summary>
    public void Element(JsonElement element)
    {
        try
        {
            ElementCore(element);
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidMetadataException("A JSON string holds an unpaired surrogate: " + exception.Message, exception);
        }
    }

    private void ElementCore(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<JsonProperty>();
                foreach (var property in element.EnumerateObject())
                {
                    members.Add(property);
                }

                members.Sort(static (a, b) => CodePointComparer.Instance.Compare(a.Name, b.Name));
                StartObject();
                foreach (var member in members)
                {
                    PropertyName(member.Name);
                    ElementCore(member.Value);
                }

                EndObject();
                break;
            case JsonValueKind.Array:
                StartArray();
                foreach (var item in element.EnumerateArray())
                {
                    ElementCore(item);
                }

                EndArray();
                break;
            case JsonValueKind.String:
                String(element.GetString()!);
                break;
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                if (!IsInteger(raw))
                {
                    throw new InvalidMetadataException("Canonical JSON has no floating point numbers: " + raw);
                }

                BeforeValue();
                WriteRaw(Encoding.ASCII.GetBytes(raw));
                break;
            case JsonValueKind.True:
                Boolean(true);
                break;
            case JsonValueKind.False:
                Boolean(false);
                break;
            case JsonValueKind.Null:
                Null();
                break;
            default:
                throw new InvalidMetadataException("Undefined JSON value.");
        }
    }

    /// <summary>Writes the unrecognized members whose names sort before <paramref name="nextKnown"/> (all of them when null).</summary>
    public void UnrecognizedBefore(string[] sortedNames, IReadOnlyDictionary<string, JsonElement> fields, ref int index, string? nextKnown)
    {
        while (index < sortedNames.Length && (nextKnown is null || CodePointComparer.Instance.Compare(sortedNames[index], nextKnown) < 0))
        {
            var name = sortedNames[index++];
            PropertyName(name);
            Element(fields[name]);
        }
    }

    /// <summary>Escapes and quotes a string once, for repeated raw writes.</summary>
    public static byte[] EncodeString(string value)
    {
        using var writer = new CanonicalJsonWriter(value.Length * 3 + 8);
        writer.String(value);
        return writer.ToArray();
    }

    internal static bool IsInteger(string raw)
    {
        if (raw.Length == 0)
        {
            return false;
        }

        var start = raw[0] == '-' ? 1 : 0;
        if (start == raw.Length)
        {
            return false;
        }

        for (var i = start; i < raw.Length; i++)
        {
            if (raw[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private void Push()
    {
        if (depth >= MaxDepth)
        {
            throw new InvalidMetadataException("JSON nesting is too deep.");
        }

        hasItems[depth++] = false;
    }

    private void Separator()
    {
        if (depth > 0)
        {
            if (hasItems[depth - 1])
            {
                WriteByte((byte)',');
            }

            hasItems[depth - 1] = true;
        }
    }

    private void BeforeValue()
    {
        if (pendingValueAfterName)
        {
            pendingValueAfterName = false;
            return;
        }

        Separator();
    }

    private void WriteStringCore(string value)
    {
        // Worst case 3 UTF-8 bytes per UTF-16 char, plus quotes.
        Ensure(value.Length * 3 + 2);
        var span = buffer.AsSpan(position);
        span[0] = (byte)'"';
        var status = Utf8.FromUtf16(value, span[1..], out _, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            throw new InvalidMetadataException("A JSON string holds an unpaired surrogate and has no UTF-8 form.");
        }

        var body = span.Slice(1, written);
        if (body.IndexOfAny(EscapeJson ? JsonSpecial : CanonicalSpecial) < 0)
        {
            span[written + 1] = (byte)'"';
            position += written + 2;
            return;
        }

        // Rare: copy the body aside and write it again with escapes.
        position++;
        WriteEscaped(body.ToArray());
    }

    /// <summary>Writes a member name given as unescaped UTF-8 (valid, as a decoded string's bytes are).</summary>
    public void PropertyNameUtf8(ReadOnlySpan<byte> name)
    {
        Separator();
        if (name.IndexOfAny(EscapeJson ? JsonSpecial : CanonicalSpecial) < 0)
        {
            Ensure(name.Length + 3);
            buffer[position++] = (byte)'"';
            name.CopyTo(buffer.AsSpan(position));
            position += name.Length;
            buffer[position++] = (byte)'"';
            buffer[position++] = (byte)':';
        }
        else
        {
            WriteByte((byte)'"');
            WriteEscaped(name);
            WriteByte((byte)':');
        }

        pendingValueAfterName = true;
    }

    /// <summary>Writes a string body with the escapes this writer uses, then the closing quote.</summary>
    private void WriteEscaped(ReadOnlySpan<byte> raw)
    {
        foreach (var b in raw)
        {
            if (b is (byte)'"' or (byte)'\\')
            {
                WriteByte((byte)'\\');
                WriteByte(b);
            }
            else if (EscapeJson && b < 0x20)
            {
                WriteRaw(b switch
                {
                    (byte)'\n' => "\\n"u8,
                    (byte)'\r' => "\\r"u8,
                    (byte)'\t' => "\\t"u8,
                    (byte)'\b' => "\\b"u8,
                    (byte)'\f' => "\\f"u8,
                    _ => Encoding.ASCII.GetBytes("\\u00" + b.ToString("x2", CultureInfo.InvariantCulture)),
                });
            }
            else
            {
                WriteByte(b);
            }
        }

        WriteByte((byte)'"');
    }

    private void WriteByte(byte value)
    {
        Ensure(1);
        buffer[position++] = value;
    }

    internal void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(position));
        position += bytes.Length;
    }

    private void Ensure(int count)
    {
        if (buffer.Length - position >= count)
        {
            return;
        }

        var next = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, position + count));
        buffer.AsSpan(0, position).CopyTo(next);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = next;
    }
}
