using System.Formats.Tar;
using System.IO.Compression;
using Bonded.Index.Metadata;

namespace Bonded.Index.Files;

/// <summary>Reads the core metadata file out of a wheel or an sdist, in memory and within <see cref="ArchiveLimits"/>.</summary>
public static class DistributionArchive
{
    /// <summary>Reads the raw bytes of <c>{name}-{version}.dist-info/METADATA</c> from a wheel (the PEP 658 <c>.metadata</c> file).</summary>
    /// <param name="wheel">The wheel; a seekable stream is read without buffering it whole.</param>
    /// <param name="limits">Limits, or null for the defaults.</param>
    /// <returns>The METADATA bytes exactly as stored.</returns>
    /// <exception cref="DistributionArchiveException">The wheel is corrupt, hostile, or has no single METADATA.</exception>
    public static byte[] ReadWheelMetadata(Stream wheel, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(wheel);
        limits ??= ArchiveLimits.Default;
        try
        {
            using var zip = new ZipArchive(wheel, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                throw new DistributionArchiveException(ArchiveProblem.TooManyEntries, $"The wheel lists {entries.Count} entries; the limit is {limits.MaxEntries}.");
            }

            ZipArchiveEntry? found = null;
            foreach (var entry in entries)
            {
                CheckEntryName(entry.FullName, limits);
                var slash = entry.FullName.IndexOf('/', StringComparison.Ordinal);
                if (slash > 0 && entry.FullName.AsSpan(0, slash).EndsWith(".dist-info", StringComparison.Ordinal)
                    && string.Equals(entry.FullName[(slash + 1)..], "METADATA", StringComparison.Ordinal))
                {
                    if (found is not null)
                    {
                        throw new DistributionArchiveException(ArchiveProblem.MetadataAmbiguous, $"The wheel has more than one .dist-info/METADATA ({found.FullName}, {entry.FullName}).");
                    }

                    found = entry;
                }
            }

            if (found is null)
            {
                throw new DistributionArchiveException(ArchiveProblem.MetadataMissing, "The wheel has no {name}-{version}.dist-info/METADATA.");
            }

            if (found.Length > limits.MaxMetadataBytes)
            {
                throw new DistributionArchiveException(ArchiveProblem.TooLarge, $"METADATA declares {found.Length} bytes; the limit is {limits.MaxMetadataBytes}.");
            }

            if (found.CompressedLength > 0 && found.Length / found.CompressedLength > limits.MaxCompressionRatio)
            {
                throw new DistributionArchiveException(ArchiveProblem.TooLarge, $"METADATA compresses {found.Length / found.CompressedLength}:1; the limit is {limits.MaxCompressionRatio}:1.");
            }

            using var data = found.Open();
            return ReadBounded(data, limits.MaxMetadataBytes, "METADATA");
        }
        catch (InvalidDataException e)
        {
            throw new DistributionArchiveException(ArchiveProblem.Corrupt, "The wheel is not a valid zip file or is truncated: " + e.Message, e);
        }
        catch (EndOfStreamException e)
        {
            throw new DistributionArchiveException(ArchiveProblem.Corrupt, "The wheel is truncated.", e);
        }
    }

    /// <summary>Reads the raw bytes of <c>{name}-{version}/PKG-INFO</c> from an sdist (<c>.tar.gz</c>, <c>.tgz</c>, <c>.tar</c> or <c>.zip</c>).</summary>
    /// <param name="sdist">The sdist.</param>
    /// <param name="fileName">Its parsed file name, which says the archive format.</param>
    /// <param name="limits">Limits, or null for the defaults.</param>
    /// <returns>The PKG-INFO bytes exactly as stored.</returns>
    /// <exception cref="DistributionArchiveException">The sdist is corrupt, hostile, of an unsupported format, or has no top-level PKG-INFO.</exception>
    public static byte[] ReadSdistMetadata(Stream sdist, SdistFileName fileName, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(sdist);
        ArgumentNullException.ThrowIfNull(fileName);
        limits ??= ArchiveLimits.Default;
        var extension = fileName.Extension.ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".zip" => ReadZipPkgInfo(sdist, limits),
                ".tar.gz" or ".tgz" => ReadTarPkgInfo(new GZipStream(sdist, CompressionMode.Decompress, leaveOpen: true), limits),
                ".tar" => ReadTarPkgInfo(sdist, limits),
                _ => throw new DistributionArchiveException(ArchiveProblem.UnsupportedFormat, $"Reading {fileName.Extension} sdists is not supported; use .tar.gz."),
            };
        }
        catch (InvalidDataException e)
        {
            throw new DistributionArchiveException(ArchiveProblem.Corrupt, "The sdist is not a valid archive or is truncated: " + e.Message, e);
        }
        catch (EndOfStreamException e)
        {
            throw new DistributionArchiveException(ArchiveProblem.Corrupt, "The sdist is truncated.", e);
        }
        catch (FormatException e)
        {
            throw new DistributionArchiveException(ArchiveProblem.Corrupt, "The sdist's tar headers are malformed: " + e.Message, e);
        }
    }

    /// <summary>Reads and parses the core metadata of a wheel or sdist, and checks it agrees with the file name.</summary>
    /// <param name="stream">The distribution.</param>
    /// <param name="fileName">Its file name (no directory).</param>
    /// <param name="limits">Limits, or null for the defaults.</param>
    /// <returns>The raw metadata bytes and the parsed metadata.</returns>
    /// <exception cref="Versions.InvalidVersionException">Never; see the other exceptions.</exception>
    /// <exception cref="InvalidFileNameException">The file name is neither a wheel nor an sdist name.</exception>
    /// <exception cref="DistributionArchiveException">The archive is corrupt, hostile or lacks metadata.</exception>
    /// <exception cref="CoreMetadataException">The metadata is invalid or disagrees with the file name.</exception>
    public static (byte[] Raw, CoreMetadata Metadata) ReadMetadata(Stream stream, string fileName, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        byte[] raw;
        Names.ProjectName name;
        Versions.PythonVersion version;
        if (WheelFileName.TryParse(fileName, out var wheel))
        {
            raw = ReadWheelMetadata(stream, limits);
            (name, version) = (wheel.Name, wheel.Version);
        }
        else if (SdistFileName.TryParse(fileName, out var sdist))
        {
            raw = ReadSdistMetadata(stream, sdist, limits);
            (name, version) = (sdist.Name, sdist.Version);
        }
        else
        {
            throw new InvalidFileNameException($"'{Names.ProjectName.Printable(fileName)}' is neither a wheel nor a source distribution file name.");
        }

        var metadata = CoreMetadata.Parse(raw);
        metadata.EnsureMatches(name, version);
        return (raw, metadata);
    }

    private static byte[] ReadZipPkgInfo(Stream sdist, ArchiveLimits limits)
    {
        using var zip = new ZipArchive(sdist, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > limits.MaxEntries)
        {
            throw new DistributionArchiveException(ArchiveProblem.TooManyEntries, $"The sdist lists {zip.Entries.Count} entries; the limit is {limits.MaxEntries}.");
        }

        ZipArchiveEntry? found = null;
        foreach (var entry in zip.Entries)
        {
            CheckEntryName(entry.FullName, limits);
            if (IsTopLevelPkgInfo(entry.FullName))
            {
                if (found is not null)
                {
                    throw new DistributionArchiveException(ArchiveProblem.MetadataAmbiguous, "The sdist has more than one top-level PKG-INFO.");
                }

                found = entry;
            }
        }

        if (found is null)
        {
            throw new DistributionArchiveException(ArchiveProblem.MetadataMissing, "The sdist has no {name}-{version}/PKG-INFO.");
        }

        if (found.Length > limits.MaxMetadataBytes)
        {
            throw new DistributionArchiveException(ArchiveProblem.TooLarge, $"PKG-INFO declares {found.Length} bytes; the limit is {limits.MaxMetadataBytes}.");
        }

        using var data = found.Open();
        return ReadBounded(data, limits.MaxMetadataBytes, "PKG-INFO");
    }

    private static byte[] ReadTarPkgInfo(Stream tar, ArchiveLimits limits)
    {
        using var bounded = new BoundedReadStream(tar, limits.MaxUncompressedBytes);
        using var reader = new TarReader(bounded, leaveOpen: true);
        var count = 0;
        while (reader.GetNextEntry() is { } entry)
        {
            if (++count > limits.MaxEntries)
            {
                throw new DistributionArchiveException(ArchiveProblem.TooManyEntries, $"The sdist has more than {limits.MaxEntries} entries.");
            }

            CheckEntryName(entry.Name, limits);
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && IsTopLevelPkgInfo(entry.Name))
            {
                if (entry.Length > limits.MaxMetadataBytes)
                {
                    throw new DistributionArchiveException(ArchiveProblem.TooLarge, $"PKG-INFO declares {entry.Length} bytes; the limit is {limits.MaxMetadataBytes}.");
                }

                return entry.DataStream is null ? [] : ReadBounded(entry.DataStream, limits.MaxMetadataBytes, "PKG-INFO");
            }
        }

        throw new DistributionArchiveException(ArchiveProblem.MetadataMissing, "The sdist has no {name}-{version}/PKG-INFO.");
    }

    private static bool IsTopLevelPkgInfo(string path)
    {
        var normalized = path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        var slash = normalized.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && string.Equals(normalized[(slash + 1)..], "PKG-INFO", StringComparison.Ordinal);
    }

    internal static void CheckEntryName(string name, ArchiveLimits limits)
    {
        var unsafeName = name.Length == 0 || name.Length > limits.MaxEntryNameLength || name[0] == '/' || name.Contains('\\', StringComparison.Ordinal)
            || (name.Length >= 2 && name[1] == ':') || name.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0;
        if (!unsafeName)
        {
            foreach (var range in name.AsSpan().Split('/'))
            {
                if (name.AsSpan()[range] is "..")
                {
                    unsafeName = true;
                    break;
                }
            }
        }

        if (unsafeName)
        {
            throw new DistributionArchiveException(ArchiveProblem.UnsafeEntryName, $"The archive has an unsafe entry name '{Names.ProjectName.Printable(name)}'.");
        }
    }

    private static byte[] ReadBounded(Stream data, int max, string what)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = data.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new DistributionArchiveException(ArchiveProblem.TooLarge, $"{what} is larger than the limit of {max} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed class BoundedReadStream(Stream inner, long max) : Stream
    {
        private long total;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => total; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            total += read;
            if (total > max)
            {
                throw new DistributionArchiveException(ArchiveProblem.TooLarge, $"The archive decompresses beyond the limit of {max} bytes.");
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && inner is GZipStream)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
