using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>One staged change: a target path, its canonical value (empty for a removal), its bin and its manifest line.</summary>
internal readonly record struct StagedTarget(TargetPath Path, ReadOnlyMemory<byte> Value, int Bin, long Line);

/// <summary>
/// Large arrays that staged values are written into: a million targets are then a few dozen arrays that the garbage
/// collector never copies (large object heap), not a million small ones it promotes twice. A value keeps its array alive.
/// </summary>
internal sealed class ValueSlab(int capacity)
{
    private byte[] buffer = GC.AllocateUninitializedArray<byte>(capacity);
    private int used;

    /// <summary>Room for a value: in the current array, a new one when it is full, or an array of its own when large.</summary>
    public Memory<byte> Take(int size)
    {
        if (buffer.Length - used < size)
        {
            if (size > buffer.Length / 4)
            {
                return new byte[size];
            }

            buffer = GC.AllocateUninitializedArray<byte>(buffer.Length);
            used = 0;
        }

        var memory = buffer.AsMemory(used, size);
        used += size;
        return memory;
    }

    /// <summary>Copies a value in.</summary>
    public ReadOnlyMemory<byte> Add(ReadOnlySpan<byte> value)
    {
        var memory = Take(value.Length);
        value.CopyTo(memory.Span);
        return memory;
    }
}

/// <summary>A slice of a manifest holding whole lines, with the number of its first line.</summary>
internal sealed class ManifestBlock(byte[] buffer, int length, long firstLine, int lineCount, int index)
{
    public byte[] Buffer { get; } = buffer;

    public int Length { get; } = length;

    public long FirstLine { get; } = firstLine;

    /// <summary>Newline-terminated lines, plus one for a final line without a newline.</summary>
    public int LineCount { get; } = lineCount;

    public int Index { get; } = index;
}

/// <summary>
/// The manifest parser shared by <see cref="TargetManifest"/> and <see cref="TufRepository"/>: lines straight from UTF-8
/// bytes (no text round trip), the common shape (<c>path</c>, <c>length</c>, string <c>hashes</c>) in one pass of
/// <see cref="Utf8JsonReader"/> whose lower-case hex digests are copied into the canonical value as they are; any other
/// line goes through the strict metadata parser, which accepts it (custom data, escapes) or explains what is wrong.
/// </summary>
internal static class ManifestParser
{
    /// <summary>Bytes read per block; blocks are parsed in parallel.</summary>
    internal const int BlockSize = 4 * 1024 * 1024;

    private const int MaxSimpleHashes = 8;
    private static readonly SearchValues<byte> LowerHex = SearchValues.Create("0123456789abcdef"u8);
    private static readonly JsonReaderOptions SimpleOptions = new() { MaxDepth = 3 };

    /// <summary>The common shape of a line, as offsets into it.</summary>
    private ref struct SimpleLine
    {
        public int PathStart;
        public int PathLength;
        public long Length;
        public int HashCount;
    }

    /// <summary>Parses one line into a target (the public <see cref="TargetManifest.ParseLine"/>).</summary>
    public static TargetFile ParseTarget(ReadOnlySpan<byte> line)
    {
        Span<int> hashes = stackalloc int[MaxSimpleHashes * 4];
        if (!TryParseSimple(line, hashes, out var simple))
        {
            return ParseFull(line);
        }

        var map = new Dictionary<string, string>(simple.HashCount, StringComparer.Ordinal);
        for (var h = 0; h < simple.HashCount; h++)
        {
            map.Add(AlgorithmName(line.Slice(hashes[h * 4], hashes[(h * 4) + 1])), Encoding.UTF8.GetString(line.Slice(hashes[(h * 4) + 2], hashes[(h * 4) + 3])));
        }

        return new TargetFile(Encoding.UTF8.GetString(line.Slice(simple.PathStart, simple.PathLength)), simple.Length, map);
    }

    /// <summary>Parses one line into a staged addition for a repository with the given bins.</summary>
    public static StagedTarget ParseStaged(ReadOnlySpan<byte> line, HashBins layout, long number, ValueSlab slab)
    {
        Span<int> hashes = stackalloc int[MaxSimpleHashes * 4];
        if (!TryParseSimple(line, hashes, out var simple))
        {
            var target = ParseFull(line);
            var strictPath = TargetPath.FromString(target.Path, slab);
            CheckPath(strictPath.Utf8.Span);
            return new StagedTarget(strictPath, slab.Add(TufRepository.Encode(target)), layout.BinOf(strictPath), number);
        }

        var pathBytes = line.Slice(simple.PathStart, simple.PathLength);
        CheckPath(pathBytes);

        // {"hashes":{"a":"hex","b":"hex"},"length":N}: names and lower-case hex need no escaping.
        Span<byte> digits = stackalloc byte[20];
        simple.Length.TryFormat(digits, out var digitCount, default, CultureInfo.InvariantCulture);
        var size = "{\"hashes\":{},\"length\":}"u8.Length + digitCount + simple.HashCount - 1;
        for (var h = 0; h < simple.HashCount; h++)
        {
            size += hashes[(h * 4) + 1] + hashes[(h * 4) + 3] + 5;
        }

        // The path and the value side by side in the slab.
        var both = slab.Take(pathBytes.Length + size);
        pathBytes.CopyTo(both.Span);
        var path = TargetPath.FromUtf8(both[..pathBytes.Length]);
        var value = both[pathBytes.Length..];
        var span = value.Span;
        var at = Append(span, 0, "{\"hashes\":{"u8);
        for (var h = 0; h < simple.HashCount; h++)
        {
            if (h > 0)
            {
                span[at++] = (byte)',';
            }

            span[at++] = (byte)'"';
            at = Append(span, at, line.Slice(hashes[h * 4], hashes[(h * 4) + 1]));
            at = Append(span, at, "\":\""u8);
            at = Append(span, at, line.Slice(hashes[(h * 4) + 2], hashes[(h * 4) + 3]));
            span[at++] = (byte)'"';
        }

        at = Append(span, at, "},\"length\":"u8);
        at = Append(span, at, digits[..digitCount]);
        span[at] = (byte)'}';
        return new StagedTarget(path, value, layout.BinOf(path), number);
    }

    /// <summary>Whether a line is empty or white space only (skipped).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    /// <summary>The message for a line over the limit.</summary>
    public static string TooLong(long number) =>
        string.Create(CultureInfo.InvariantCulture, $"Manifest line {number} is longer than {TargetManifest.MaxLineLength} bytes.");

    /// <summary>
    /// Reads a stream in blocks of whole lines. Buffers come from <paramref name="free"/> when available; the consumer
    /// returns them there. A line longer than <see cref="TargetManifest.MaxLineLength"/> stops the reading.
    /// </summary>
    public static async IAsyncEnumerable<ManifestBlock> ReadBlocksAsync(Stream stream, System.Collections.Concurrent.ConcurrentQueue<byte[]> free,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        byte[]? carry = null;
        int carried = 0, index = 0;
        long line = 1;
        while (true)
        {
            var buffer = carry ?? Rent(free);
            var filled = carried;
            carry = null;
            carried = 0;
            var end = false;
            while (filled < buffer.Length)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    end = true;
                    break;
                }

                filled += read;
            }

            if (end)
            {
                if (filled == 0)
                {
                    free.Enqueue(buffer);
                    yield break;
                }

                var count = buffer.AsSpan(0, filled).Count((byte)'\n') + (buffer[filled - 1] == '\n' ? 0 : 1);
                yield return new ManifestBlock(buffer, filled, line, count, index);
                yield break;
            }

            // The last line of a full buffer continues in the next block; longer than the limit, it is an error.
            var last = buffer.AsSpan(0, filled).LastIndexOf((byte)'\n');
            if (last < 0 || filled - last - 1 > TargetManifest.MaxLineLength)
            {
                var before = last < 0 ? 0 : buffer.AsSpan(0, last + 1).Count((byte)'\n');
                free.Enqueue(buffer);
                throw new InvalidMetadataException(TooLong(line + before));
            }

            var lines = buffer.AsSpan(0, last + 1).Count((byte)'\n');
            if (filled > last + 1)
            {
                carry = Rent(free);
                carried = filled - last - 1;
                buffer.AsSpan(last + 1, carried).CopyTo(carry);
            }

            var block = new ManifestBlock(buffer, last + 1, line, lines, index++);
            line += lines;
            yield return block;
        }
    }

    private static byte[] Rent(System.Collections.Concurrent.ConcurrentQueue<byte[]> free) =>
        free.TryDequeue(out var reused) ? reused : new byte[BlockSize];

    /// <summary>The non-blank lines of a block with their numbers.</summary>
    internal ref struct BlockLines(ManifestBlock block)
    {
        private ReadOnlySpan<byte> rest = block.Buffer.AsSpan(0, block.Length);
        private long next = block.FirstLine;

        public ReadOnlySpan<byte> Current { get; private set; }

        public long Number { get; private set; }

        public bool MoveNext()
        {
            while (rest.Length > 0)
            {
                var newline = rest.IndexOf((byte)'\n');
                var line = newline < 0 ? rest : rest[..newline];
                rest = newline < 0 ? [] : rest[(newline + 1)..];
                Number = next++;
                if (line.Length > TargetManifest.MaxLineLength)
                {
                    throw new InvalidMetadataException(TooLong(Number));
                }

                if (line.Length > 0 && line[^1] == '\r')
                {
                    line = line[..^1];
                }

                if (!IsBlank(line))
                {
                    Current = line;
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Parses one line; throws <see cref="InvalidMetadataException"/> for an invalid one.</summary>
    internal delegate T LineParser<T>(ReadOnlySpan<byte> line, long number);

    /// <summary>
    /// Parses the lines of a block into <paramref name="into"/> (at least <see cref="ManifestBlock.LineCount"/> long);
    /// returns the count, stopping at the first invalid line, whose error (naming the line) is in <paramref name="error"/>.
    /// </summary>
    public static int ParseBlock<T>(ManifestBlock block, T[] into, LineParser<T> parse, out InvalidMetadataException? error)
    {
        var count = 0;
        var lines = new BlockLines(block);
        error = null;
        while (true)
        {
            bool more;
            try
            {
                more = lines.MoveNext();
            }
            catch (InvalidMetadataException exception)
            {
                error = exception;
                return count;
            }

            if (!more)
            {
                return count;
            }

            try
            {
                into[count] = parse(lines.Current, lines.Number);
                count++;
            }
            catch (InvalidMetadataException exception)
            {
                error = AtLine(lines.Number, exception);
                return count;
            }
        }
    }

    /// <summary>Adds the line number to a parse error.</summary>
    public static InvalidMetadataException AtLine(long number, InvalidMetadataException exception) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Manifest line {number}: {exception.Message}"), exception);

    private static int Append(Span<byte> target, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(target[at..]);
        return at + bytes.Length;
    }

    private static string AlgorithmName(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("sha256"u8) ? "sha256" : name.SequenceEqual("sha512"u8) ? "sha512" : Encoding.UTF8.GetString(name);

    /// <summary>Non-empty, relative, no control characters (C0, DEL, C1: U+0080-U+009F is C2 80-C2 9F in UTF-8).</summary>
    private static void CheckPath(ReadOnlySpan<byte> path)
    {
        var c1 = false;
        for (var at = path.IndexOf((byte)0xC2); at >= 0 && at + 1 < path.Length; at = path[(at + 1)..].IndexOf((byte)0xC2) is var next and >= 0 ? at + 1 + next : -1)
        {
            c1 |= path[at + 1] is >= 0x80 and <= 0x9F;
        }

        if (path.Length == 0 || path[0] == '/' || path.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0 || path.Contains((byte)0x7F) || c1)
        {
            throw new InvalidMetadataException($"The target path \"{Encoding.UTF8.GetString(path)}\" must be non-empty, relative (no leading '/') and free of control characters.");
        }
    }

    /// <summary>
    /// The common shape in one pass: an object with exactly <c>path</c> (unescaped string), <c>length</c> (non-negative
    /// integer) and <c>hashes</c> (1 to 8 unescaped names, each a non-empty even-length lower-case hex string), in any
    /// order. <paramref name="hashes"/> receives name start, name length, value start, value length per hash, sorted by
    /// name. False sends the line to the strict parser.
    /// </summary>
    private static bool TryParseSimple(ReadOnlySpan<byte> line, Span<int> hashes, out SimpleLine result)
    {
        result = default;
        result.Length = -1;
        if (line.Length > TargetManifest.MaxLineLength || !System.Text.Unicode.Utf8.IsValid(line))
        {
            return false;
        }

        var sawPath = false;
        try
        {
            var reader = new Utf8JsonReader(line, SimpleOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueIsEscaped)
                {
                    return false;
                }

                if (reader.ValueSpan.SequenceEqual("path"u8) && !sawPath)
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
                    {
                        return false;
                    }

                    sawPath = true;
                    result.PathStart = (int)reader.TokenStartIndex + 1;
                    result.PathLength = reader.ValueSpan.Length;
                }
                else if (reader.ValueSpan.SequenceEqual("length"u8) && result.Length < 0)
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.Number || reader.ValueSpan.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0
                        || !reader.TryGetInt64(out var length) || length < 0)
                    {
                        return false;
                    }

                    result.Length = length;
                }
                else if (reader.ValueSpan.SequenceEqual("hashes"u8) && result.HashCount == 0)
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                    {
                        return false;
                    }

                    var count = 0;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (count == MaxSimpleHashes || reader.ValueIsEscaped || reader.ValueSpan.Length == 0)
                        {
                            return false;
                        }

                        var nameStart = (int)reader.TokenStartIndex + 1;
                        var nameLength = reader.ValueSpan.Length;
                        if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped
                            || reader.ValueSpan.Length == 0 || (reader.ValueSpan.Length & 1) != 0 || reader.ValueSpan.IndexOfAnyExcept(LowerHex) >= 0)
                        {
                            return false;
                        }

                        // Insert sorted by name (UTF-8 byte order is code point order); a repeated name goes to the strict parser.
                        var at = count;
                        while (at > 0)
                        {
                            var order = line.Slice(hashes[(at - 1) * 4], hashes[((at - 1) * 4) + 1]).SequenceCompareTo(line.Slice(nameStart, nameLength));
                            if (order == 0)
                            {
                                return false;
                            }

                            if (order < 0)
                            {
                                break;
                            }

                            hashes.Slice((at - 1) * 4, 4).CopyTo(hashes.Slice(at * 4, 4));
                            at--;
                        }

                        hashes[at * 4] = nameStart;
                        hashes[(at * 4) + 1] = nameLength;
                        hashes[(at * 4) + 2] = (int)reader.TokenStartIndex + 1;
                        hashes[(at * 4) + 3] = reader.ValueSpan.Length;
                        count++;
                    }

                    if (reader.TokenType != JsonTokenType.EndObject || count == 0)
                    {
                        return false;
                    }

                    result.HashCount = count;
                }
                else
                {
                    return false;
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() && sawPath && result.Length >= 0 && result.HashCount > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The strict parser: every valid line (custom data, escapes), or an exception saying what is wrong.</summary>
    internal static TargetFile ParseFull(ReadOnlySpan<byte> line)
    {
        if (line.Length > TargetManifest.MaxLineLength)
        {
            throw new InvalidMetadataException($"The line is longer than {TargetManifest.MaxLineLength} bytes.");
        }

        using var document = CanonicalJson.ParseDocument(line.ToArray(), JsonReadLimits.Default);
        var fields = new JsonFields(document.RootElement, "manifest line");
        var path = fields.String("path");
        var length = fields.Int64("length");
        var hashes = FileHashes.ReadHashes(fields.Take("hashes"), "hashes");
        if (length < 0)
        {
            throw new InvalidMetadataException("A negative length.");
        }

        foreach (var (algorithm, hex) in hashes)
        {
            if (hex.Length == 0 || hex.Length % 2 != 0 || hex.AsSpan().ContainsAnyExcept("0123456789abcdef"))
            {
                throw new InvalidMetadataException($"The {algorithm} hash \"{Shorten(hex)}\" is not lower-case hexadecimal of whole bytes.");
            }
        }

        return new TargetFile(path, length, hashes) { UnrecognizedFields = fields.Rest() };
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "...";
}
