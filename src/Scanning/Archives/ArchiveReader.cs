using System.Buffers;
using System.Buffers.Binary;
using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Bonded.Scanning.Checks;
using SharpCompress.Compressors.BZip2;
using SharpCompress.Compressors.Xz;

namespace Bonded.Scanning.Archives;

/// <summary>One file read from an archive (never written to disk).</summary>
internal sealed class ArchiveEntry
{
    public required string Path { get; init; }

    public required long Size { get; init; }

    public required byte[] Head { get; init; }

    /// <summary>The retained bytes (in the reader's <see cref="ContentArena"/> when it has one), or null when the entry was only counted.</summary>
    public ReadOnlyMemory<byte>? Content { get; init; }

    /// <summary>Whether <see cref="Content"/> holds the whole entry.</summary>
    public bool Complete { get; init; }
}

/// <summary>Everything read from one archive, and what was wrong with it.</summary>
internal sealed class ArchiveReadResult
{
    public ArchiveFormat Format { get; set; }

    public List<ArchiveEntry> Entries { get; } = [];

    public List<Finding> Findings { get; } = [];
}

/// <summary>
/// Reads zip and tar (gzip, bzip2, xz) archives as streams, nested archives to a bounded depth, counting every
/// decompressed byte against <see cref="ArchiveLimits"/>. Attacks and damage become findings, never exceptions.
/// </summary>
internal sealed class ArchiveReader
{
    private const int HeadBytes = 512;
    private readonly ArchiveLimits limits;
    private readonly Func<string, bool> retain;
    private readonly CancellationToken cancellationToken;
    private readonly ContentArena? arena;
    private readonly ArchiveReadResult result = new();
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);
    private long totalBytes;
    private long retainedBytes;
    private int entryCount;
    private bool stopped;

    /// <param name="limits">The limits to enforce.</param>
    /// <param name="retain">Whether an entry's content is kept (by its path).</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <param name="arena">Where retained content goes (then it lives only as long as the arena); arrays of their own when null.</param>
    public ArchiveReader(ArchiveLimits limits, Func<string, bool> retain, CancellationToken cancellationToken, ContentArena? arena = null)
    {
        this.limits = limits;
        this.retain = retain;
        this.cancellationToken = cancellationToken;
        this.arena = arena;
    }

    /// <summary>Reads a whole archive; the stream is read once (buffered when it cannot seek and is a zip).</summary>
    public ArchiveReadResult Read(Stream stream, string fileName)
    {
        var head = new byte[HeadBytes];
        Stream source = stream;
        int headLength;
        if (stream.CanSeek)
        {
            var start = stream.Position;
            headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = start;
        }
        else
        {
            // Peek by buffering: a non-seekable upload is copied into memory, bounded.
            var buffer = new MemoryStream();
            if (!CopyBounded(stream, buffer, limits.MaxArchiveBytes))
            {
                Report(CheckIds.ArchiveLimit, Severity.Medium, Confidence.High, $"The upload is larger than {limits.MaxArchiveBytes} bytes; only that much was read.", fileName, null);
            }

            buffer.Position = 0;
            headLength = buffer.Read(head, 0, head.Length);
            buffer.Position = 0;
            source = buffer;
        }

        var format = ArchiveFormats.FromMagic(head.AsSpan(0, headLength));
        result.Format = format;
        ReadArchive(source, fileName, "", 0, format, source.CanSeek ? source.Length - source.Position : 0);
        return result;
    }

    private void ReadArchive(Stream stream, string name, string prefix, int depth, ArchiveFormat format, long compressedLength)
    {
        var expected = ArchiveFormats.FromName(name);
        if (expected != ArchiveFormat.Unknown && format != ArchiveFormat.Unknown && expected != format)
        {
            Report(CheckIds.ArchiveMislabelled, Severity.Medium, Confidence.High, $"The file is named like {Describe(expected)} but its content is {Describe(format)}.", PathOf(prefix, name), null);
        }

        try
        {
            switch (format)
            {
                case ArchiveFormat.Zip:
                    ReadZip(stream, name, prefix, depth);
                    break;
                case ArchiveFormat.TarGzip:
                    using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
                    {
                        ReadTar(gzip, name, prefix, depth, compressedLength);
                    }

                    break;
                case ArchiveFormat.TarBzip2:
                    using (var bzip2 = BZip2Stream.Create(stream, SharpCompress.Compressors.CompressionMode.Decompress, decompressConcatenated: true, leaveOpen: true))
                    {
                        ReadTar(bzip2, name, prefix, depth, compressedLength);
                    }

                    break;
                case ArchiveFormat.TarXz:
                    using (var xz = new XZStream(stream))
                    {
                        ReadTar(xz, name, prefix, depth, compressedLength);
                    }

                    break;
                case ArchiveFormat.Tar:
                    ReadTar(stream, name, prefix, depth, compressedLength);
                    break;
                default:
                    Report(CheckIds.ArchiveMalformed, Severity.Medium, Confidence.Medium, "The file is not a zip or tar archive (unknown magic bytes).", PathOf(prefix, name), null);
                    break;
            }
        }
        catch (LimitExceededException)
        {
            // Already reported; reading stops.
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or FormatException or IOException or NotSupportedException
            or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException or SharpCompress.Common.ArchiveException
            || ex.GetType().Namespace?.StartsWith("SharpCompress", StringComparison.Ordinal) == true)
        {
            Report(CheckIds.ArchiveMalformed, Severity.Medium, Confidence.Medium, $"The archive is damaged or malformed and was read only in part ({ex.GetType().Name}: {Names.Excerpt(ex.Message, 120)}).", PathOf(prefix, name), null);
        }
    }

    private void ReadTar(Stream decompressed, string name, string prefix, int depth, long compressedLength)
    {
        // Every decompressed byte is counted, so a bomb stops at the limit whatever the headers say.
        var ratioLimit = compressedLength > 0 ? (long)Math.Min(limits.MaxTotalUncompressedBytes, Math.Max(1L << 20, compressedLength * limits.MaxCompressionRatio)) : limits.MaxTotalUncompressedBytes;
        // Decompress in large blocks: the tar reader asks for 512-byte headers and the entries' first bytes one at a time.
        // Not disposed: that would close the caller's stream (the buffer holds nothing else).
        var buffered = new BufferedStream(decompressed, 1 << 16);
        using var counted = new CountingStream(buffered, this, ratioLimit, PathOf(prefix, name));
        using var reader = new TarReader(counted, leaveOpen: true);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (!stopped)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = reader.GetNextEntry(copyData: false);
            if (entry is null)
            {
                break;
            }

            var path = entry.Name;
            CheckName(path, prefix, names);
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    continue;
                case TarEntryType.SymbolicLink or TarEntryType.HardLink:
                    ReportLink(PathOf(prefix, path), entry.LinkName, entry.EntryType == TarEntryType.HardLink);
                    continue;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    break;
                default:
                    Report(CheckIds.ArchiveMalformed, Severity.Medium, Confidence.High, $"The archive holds a special entry ({entry.EntryType}) that a distribution never needs.", PathOf(prefix, path), null);
                    continue;
            }

            using var data = entry.DataStream ?? Stream.Null;
            ReadEntry(data, path, prefix, depth, entry.Length, limits.MaxEntryBytes, countTotal: false);
        }
    }

    private void ReadZip(Stream stream, string name, string prefix, int depth)
    {
        CheckZipDirectory(stream, PathOf(prefix, name));
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            if (stopped)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var path = entry.FullName;
            CheckName(path, prefix, names);
            var unixMode = (entry.ExternalAttributes >> 16) & 0xF000;
            if (unixMode == 0xA000)
            {
                ReportLink(PathOf(prefix, path), null, hard: false);
                continue;
            }

            if (path.EndsWith('/') && entry.Length == 0)
            {
                continue;
            }

            if (entry.Length > limits.MaxEntryBytes)
            {
                Report(CheckIds.ArchiveLimit, Severity.Medium, Confidence.High, $"An entry declares {entry.Length} bytes, over the per-file limit of {limits.MaxEntryBytes}; it was not read.", PathOf(prefix, path), null);
                continue;
            }

            if (entry.CompressedLength > 0 && entry.Length > (1L << 20) && entry.Length > entry.CompressedLength * limits.MaxCompressionRatio)
            {
                Report(CheckIds.ArchiveBomb, Severity.High, Confidence.High, $"An entry declares a compression ratio of {entry.Length / Math.Max(1, entry.CompressedLength)}:1, over the limit of {limits.MaxCompressionRatio}:1 (a zip bomb); it was not read.", PathOf(prefix, path), null);
                continue;
            }

            Stream data;
            try
            {
                data = entry.Open();
            }
            catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
            {
                Report(CheckIds.ArchiveMalformed, Severity.Medium, Confidence.Medium, $"An entry cannot be opened ({Names.Excerpt(ex.Message, 120)}).", PathOf(prefix, path), null);
                continue;
            }

            using (data)
            {
                var ratioLimit = (long)Math.Min(limits.MaxEntryBytes, Math.Max(1L << 20, entry.CompressedLength * limits.MaxCompressionRatio));
                try
                {
                    ReadEntry(data, path, prefix, depth, entry.Length, ratioLimit, countTotal: true);
                }
                catch (InvalidDataException ex)
                {
                    Report(CheckIds.ArchiveMalformed, Severity.Medium, Confidence.Medium, $"An entry is damaged ({Names.Excerpt(ex.Message, 120)}).", PathOf(prefix, path), null);
                }
            }
        }
    }

    /// <summary>Parses the zip central directory to find entries whose data overlap (the non-recursive zip bomb).</summary>
    private void CheckZipDirectory(Stream stream, string where)
    {
        if (!stream.CanSeek || stream.Length < 22)
        {
            return;
        }

        var start = stream.Position;
        try
        {
            var tailLength = (int)Math.Min(stream.Length, 65_557);
            var tail = ArrayPool<byte>.Shared.Rent(tailLength);
            try
            {
                stream.Position = stream.Length - tailLength;
                stream.ReadExactly(tail, 0, tailLength);
                var eocd = -1;
                for (var i = tailLength - 22; i >= 0; i--)
                {
                    if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == 0x06054b50)
                    {
                        eocd = i;
                        break;
                    }
                }

                if (eocd < 0)
                {
                    return;
                }

                var count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(eocd + 10));
                var directorySize = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(eocd + 12));
                var directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(eocd + 16));
                if (count == 0xFFFF || directoryOffset == 0xFFFFFFFF || directorySize > stream.Length || directoryOffset + (long)directorySize > stream.Length)
                {
                    return; // zip64 or inconsistent: ZipArchive will judge it.
                }

                var directory = new byte[directorySize];
                stream.Position = directoryOffset;
                stream.ReadExactly(directory);
                var spans = new List<(long Start, long End)>(count);
                var position = 0;
                while (position + 46 <= directory.Length && BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(position)) == 0x02014b50)
                {
                    long compressed = BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(position + 20));
                    var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(position + 28));
                    var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(position + 30));
                    var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(position + 32));
                    long offset = BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(position + 42));
                    if (compressed != 0xFFFFFFFF && offset != 0xFFFFFFFF)
                    {
                        spans.Add((offset, offset + 30 + nameLength + compressed));
                    }

                    position += 46 + nameLength + extraLength + commentLength;
                }

                spans.Sort();
                for (var i = 1; i < spans.Count; i++)
                {
                    if (spans[i].Start < spans[i - 1].End)
                    {
                        Report(CheckIds.ArchiveBomb, Severity.High, Confidence.High, "Zip entries overlap: several entries share the same compressed data (an overlapping-entry zip bomb).", where, null);
                        break;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(tail);
            }
        }
        finally
        {
            stream.Position = start;
        }
    }

    private void ReadEntry(Stream data, string path, string prefix, int depth, long declaredSize, long entryLimit, bool countTotal)
    {
        if (++entryCount > limits.MaxEntries)
        {
            Report(CheckIds.ArchiveLimit, Severity.Medium, Confidence.High, $"The archive holds more than {limits.MaxEntries} entries; the rest were not read.", PathOf(prefix, ""), null);
            stopped = true;
            return;
        }

        var fullPath = PathOf(prefix, path);
        var limit = Math.Min(entryLimit, limits.MaxEntryBytes);
        var head = new byte[(int)Math.Clamp(declaredSize, 0, HeadBytes)];
        var headLength = data.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (headLength < head.Length)
        {
            Array.Resize(ref head, headLength);
        }

        var nestedFormat = ArchiveFormats.FromMagic(head);
        // Zip containers and tarballs nest; a lone gzip, bzip2 or xz file (data.json.gz) is data, not an archive.
        var nested = nestedFormat != ArchiveFormat.Unknown && !ArchiveFormats.IsForeignZipContainer(path) &&
            (nestedFormat is ArchiveFormat.Zip or ArchiveFormat.Tar || ArchiveFormats.FromName(path) == nestedFormat);
        if (nested && depth + 1 > limits.MaxNestingDepth)
        {
            Report(CheckIds.ArchiveLimit, Severity.Medium, Confidence.High, $"Archives nest deeper than {limits.MaxNestingDepth} levels; the innermost was not opened.", fullPath, null);
            nested = false;
        }

        var keep = nested || retain(path);
        if (keep && retainedBytes + head.Length > limits.MaxRetainedBytes)
        {
            Report(CheckIds.ArchiveLimit, Severity.Medium, Confidence.Medium, $"More than {limits.MaxRetainedBytes} bytes of source would have to be analysed; the rest was only counted.", fullPath, null);
            keep = false;
        }

        if (!keep)
        {
            var size = head.Length + Drain(data, limit - head.Length, fullPath);
            CountEntry(size, limit, fullPath, countTotal);
            result.Entries.Add(new ArchiveEntry { Path = fullPath, Size = size, Head = head });
            return;
        }

        var cap = nested ? limit : Math.Min(limit, limits.MaxTextFileBytes);
        cap = Math.Min(cap, limits.MaxRetainedBytes - retainedBytes);
        var (bytes, complete) = ReadContent(data, head, declaredSize, cap, nested ? 1 << 20 : limits.MaxTextFileBytes);
        var total = (long)bytes.Length;
        if (!complete)
        {
            total += Drain(data, limit - bytes.Length, fullPath);
        }

        CountEntry(total, limit, fullPath, countTotal);
        retainedBytes += bytes.Length;
        var entry = new ArchiveEntry { Path = fullPath, Size = total, Head = head, Content = bytes, Complete = complete };
        result.Entries.Add(entry);
        if (nested && complete && MemoryMarshal.TryGetArray((ReadOnlyMemory<byte>)bytes, out var segment))
        {
            using var inner = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
            ReadArchive(inner, path, fullPath + "!/", depth + 1, nestedFormat, bytes.Length);
        }
    }

    /// <summary>
    /// Reads an entry's content (its first bytes already in <paramref name="head"/>) into one array of the declared size
    /// (trusted up to <paramref name="trusted"/> bytes), at most <paramref name="cap"/> bytes; grows only when the entry
    /// holds more than that. Complete when the entry ended within the cap (past the cap, one more byte is read to tell).
    /// </summary>
    private (Memory<byte> Bytes, bool Complete) ReadContent(Stream data, byte[] head, long declaredSize, long cap, int trusted)
    {
        var size = (int)Math.Max(head.Length, Math.Min(Math.Min(declaredSize, cap), trusted));
        var bytes = arena?.Allocate(size) ?? new byte[size];
        head.CopyTo(bytes);
        var filled = head.Length + data.ReadAtLeast(bytes.Span[head.Length..], size - head.Length, throwOnEndOfStream: false);
        if (filled < size)
        {
            return (bytes[..filled], true);
        }

        // Past the cap, one byte tells whether the entry goes on; below it, whatever comes is content.
        Span<byte> probe = stackalloc byte[1024];
        var more = data.Read(probe[..(int)Math.Clamp(cap - filled, 1, probe.Length)]);
        if (more == 0 || filled >= cap)
        {
            return (bytes, more == 0);
        }

        // The entry holds more than it declared, or more than the first megabyte: read the rest as it comes.
        var content = new MemoryStream(size * 2);
        content.Write(bytes.Span);
        content.Write(probe[..more]);
        var complete = CopyBounded(data, content, cap - filled - more);
        return (content.ToArray(), complete);
    }

    private void CountEntry(long size, long limit, string path, bool countTotal)
    {
        if (countTotal)
        {
            AddDecompressed(size, limit, path);
        }

        if (size > limit && limit < limits.MaxEntryBytes)
        {
            Report(CheckIds.ArchiveBomb, Severity.High, Confidence.High, $"An entry decompresses past {limits.MaxCompressionRatio}:1 of its compressed size (a compression bomb); reading stopped.", path, null);
        }
        else if (size > limits.MaxEntryBytes)
        {
            Report(CheckIds.ArchiveLimit, Severity.Medium, Confidence.High, $"An entry is larger than the per-file limit of {limits.MaxEntryBytes} bytes; the rest was not read.", path, null);
        }
    }

    /// <summary>Reads and discards up to <paramref name="max"/> bytes; returns how many were read.</summary>
    private long Drain(Stream data, long max, string path)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long read = 0;
            while (read < max)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var n = data.Read(buffer, 0, (int)Math.Min(buffer.Length, max - read));
                if (n == 0)
                {
                    return read;
                }

                read += n;
            }

            // One more byte tells whether the entry goes on past the limit.
            return data.Read(buffer, 0, 1) > 0 ? max + 1 : read;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _ = path;
        }
    }

    /// <summary>Copies at most <paramref name="max"/> bytes; true when the source ended within them.</summary>
    private bool CopyBounded(Stream source, Stream destination, long max)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long copied = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var want = (int)Math.Min(buffer.Length, Math.Max(0, max - copied));
                if (want == 0)
                {
                    return source.Read(buffer, 0, 1) == 0;
                }

                var n = source.Read(buffer, 0, want);
                if (n == 0)
                {
                    return true;
                }

                destination.Write(buffer, 0, n);
                copied += n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void CheckName(string path, string prefix, HashSet<string> names)
    {
        var full = PathOf(prefix, path);
        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith('/') || (normalized.Length >= 2 && normalized[1] == ':' && char.IsAsciiLetter(normalized[0])))
        {
            Report(CheckIds.ArchiveTraversal, Severity.High, Confidence.High, "An entry has an absolute path: extracting it would write outside the target folder.", full, null, path);
        }
        else if (HasParentSegment(normalized))
        {
            Report(CheckIds.ArchiveTraversal, Severity.High, Confidence.High, "An entry path climbs out of the archive with '..' (path traversal).", full, null, path);
        }

        if (path.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || path.Contains('\u007f', StringComparison.Ordinal))
        {
            Report(CheckIds.ArchiveMalformed, Severity.Medium, Confidence.High, "An entry name holds control characters.", full.Replace("\0", "\\0", StringComparison.Ordinal), null);
        }

        if (!names.Add(normalized.TrimEnd('/')))
        {
            Report(CheckIds.ArchiveDuplicate, Severity.Medium, Confidence.High, "Two entries have the same name: tools that read the first and tools that read the last see different files.", full, null, path);
        }
    }

    /// <summary>Whether a '/'-separated path has a ".." segment.</summary>
    private static bool HasParentSegment(ReadOnlySpan<char> path)
    {
        foreach (var range in path.Split('/'))
        {
            if (path[range] is "..")
            {
                return true;
            }
        }

        return false;
    }

    private void ReportLink(string path, string? target, bool hard)
    {
        var kind = hard ? "hard link" : "symbolic link";
        var escapes = target is not null && (target.StartsWith('/') || HasParentSegment(target.Replace('\\', '/')));
        if (escapes)
        {
            Report(CheckIds.ArchiveLink, Severity.High, Confidence.High, $"A {kind} points outside the archive.", path, null, $"{path} -> {target}");
        }
        else
        {
            Report(CheckIds.ArchiveLink, Severity.Low, Confidence.Medium, $"The archive holds a {kind}.", path, null, target is null ? path : $"{path} -> {target}");
        }
    }

    internal void Report(string checkId, Severity severity, Confidence confidence, string message, string? file, int? line, string? evidence = null)
    {
        // One finding per check and message: a bomb with a million entries is one finding, not a million.
        if (reported.Add(checkId + "\n" + message) || (evidence is not null && reported.Count < 1000 && reported.Add(checkId + "\n" + message + "\n" + evidence)))
        {
            result.Findings.Add(new Finding(checkId, severity, confidence, message, Names.Excerpt(evidence ?? file ?? "", 300), file, line));
        }
    }

    internal void AddDecompressed(long count, long limit, string where)
    {
        totalBytes += count;
        if (totalBytes > limits.MaxTotalUncompressedBytes)
        {
            Report(CheckIds.ArchiveBomb, Severity.High, Confidence.High, $"The archive decompresses to more than {limits.MaxTotalUncompressedBytes} bytes (a decompression bomb); reading stopped.", where, null);
            stopped = true;
            throw new LimitExceededException();
        }

        _ = limit;
    }

    private static string PathOf(string prefix, string path) => prefix + path;

    private static string Describe(ArchiveFormat format) => format switch
    {
        ArchiveFormat.Zip => "a zip archive",
        ArchiveFormat.TarGzip => "a gzip-compressed tar",
        ArchiveFormat.TarBzip2 => "a bzip2-compressed tar",
        ArchiveFormat.TarXz => "an xz-compressed tar",
        ArchiveFormat.Tar => "an uncompressed tar",
        _ => "unknown",
    };

    /// <summary>Counts decompressed bytes and stops reading when a limit is crossed.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly Stream inner;
        private readonly ArchiveReader owner;
        private readonly long limit;
        private readonly string where;
        private long count;

        public CountingStream(Stream inner, ArchiveReader owner, long limit, string where)
        {
            this.inner = inner;
            this.owner = owner;
            this.limit = limit;
            this.where = where;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            count += n;
            if (count > limit)
            {
                owner.Report(CheckIds.ArchiveBomb, Severity.High, Confidence.High, limit >= owner.limits.MaxTotalUncompressedBytes
                    ? $"The archive decompresses to more than {owner.limits.MaxTotalUncompressedBytes} bytes (a decompression bomb); reading stopped."
                    : $"The archive decompresses past {owner.limits.MaxCompressionRatio}:1 of its size (a decompression bomb); reading stopped.", where, null);
                owner.stopped = true;
                throw new LimitExceededException();
            }

            owner.AddDecompressed(n, limit, where);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class LimitExceededException : Exception
    {
    }
}
