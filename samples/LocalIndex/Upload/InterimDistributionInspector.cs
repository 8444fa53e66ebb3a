using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace LocalIndex.Upload;

/// <summary>
/// File name and metadata checks done by the host itself until Bonded.Index's parsers are merged:
/// strict character sets, one METADATA/PKG-INFO read within size limits, name and version compared.
/// </summary>
internal sealed partial class InterimDistributionInspector : IDistributionInspector
{
    private const int MaxMetadataBytes = 1 << 20;
    private const long MaxScannedBytes = 64L << 20;
    private const int MaxEntries = 100_000;

    public string? Normalize(string projectName)
        => ProjectNamePattern().IsMatch(projectName) ? Separators().Replace(projectName, "-").ToLowerInvariant() : null;

    public async Task<DistributionInfo> InspectAsync(string filename, string path, CancellationToken cancellationToken)
    {
        if (!FileNamePattern().IsMatch(filename))
        {
            throw new UploadRejectedException(400, "Invalid distribution file name: only letters, digits and . _ + ! - are allowed.");
        }

        string nameInFile;
        string versionInFile;
        string packageType;
        string metadata;
        if (filename.EndsWith(".whl", StringComparison.OrdinalIgnoreCase))
        {
            var parts = filename[..^4].Split('-');
            if (parts.Length is not (5 or 6))
            {
                throw new UploadRejectedException(400, "Invalid wheel filename (wrong number of parts).");
            }

            (nameInFile, versionInFile, packageType) = (parts[0], parts[1], "bdist_wheel");
            metadata = ReadFromZip(path, name => name.EndsWith(".dist-info/METADATA", StringComparison.Ordinal) && name.Count(c => c == '/') == 1, "METADATA");
        }
        else if (filename.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || filename.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var stem = filename.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? filename[..^4] : filename[..^7];
            var dash = stem.LastIndexOf('-');
            if (dash <= 0 || dash == stem.Length - 1)
            {
                throw new UploadRejectedException(400, "Invalid source distribution filename: expected NAME-VERSION.tar.gz.");
            }

            (nameInFile, versionInFile, packageType) = (stem[..dash], stem[(dash + 1)..], "sdist");
            var pkgInfo = stem + "/PKG-INFO";
            metadata = filename.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                ? ReadFromZip(path, name => string.Equals(name, pkgInfo, StringComparison.Ordinal), "PKG-INFO")
                : await ReadFromTarGzAsync(path, pkgInfo, cancellationToken);
        }
        else
        {
            throw new UploadRejectedException(400, "Invalid file extension: use .whl, .tar.gz or .zip.");
        }

        var headers = ParseHeaders(metadata);
        var name = headers.GetValueOrDefault("name") ?? throw new UploadRejectedException(400, "Invalid distribution: the metadata has no Name field.");
        var version = headers.GetValueOrDefault("version") ?? throw new UploadRejectedException(400, "Invalid distribution: the metadata has no Version field.");
        var normalized = Normalize(name) ?? throw new UploadRejectedException(400, "Invalid value for name: the metadata's Name is not a valid project name.");
        if (!string.Equals(Normalize(nameInFile.Replace('_', '-')), normalized, StringComparison.Ordinal))
        {
            throw new UploadRejectedException(400, $"Invalid distribution: the file name says project '{nameInFile}' but its metadata says '{name}'.");
        }

        if (!VersionPattern().IsMatch(version) || !string.Equals(versionInFile.Replace('_', '-'), version, StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRejectedException(400, $"Invalid distribution: the file name says version '{versionInFile}' but its metadata says '{version}'.");
        }

        return new DistributionInfo(name, normalized, version, packageType, metadata, headers.GetValueOrDefault("requires-python"));
    }

    private static Dictionary<string, string> ParseHeaders(string metadata)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in metadata.Split('\n'))
        {
            if (line.Length == 0 || line == "\r")
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[0] is not (' ' or '\t'))
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        return headers;
    }

    private static string ReadFromZip(string path, Func<string, bool> match, string what)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            if (archive.Entries.Count > MaxEntries)
            {
                throw new UploadRejectedException(400, "Invalid distribution: too many archive entries.");
            }

            var entries = archive.Entries.Where(e => match(e.FullName)).ToList();
            if (entries.Count != 1)
            {
                throw new UploadRejectedException(400, $"Invalid distribution: expected exactly one {what} file, found {entries.Count}.");
            }

            var entry = entries[0];
            if (entry.Length > MaxMetadataBytes)
            {
                throw new UploadRejectedException(400, $"Invalid distribution: {what} is larger than {MaxMetadataBytes} bytes.");
            }

            using var stream = entry.Open();
            return ReadBounded(stream, what);
        }
        catch (InvalidDataException)
        {
            throw new UploadRejectedException(400, "Invalid distribution: the file is not a valid zip archive.");
        }
    }

    private static async Task<string> ReadFromTarGzAsync(string path, string entryName, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(path);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            await using var bounded = new BoundedReadStream(gzip, MaxScannedBytes);
            await using var tar = new TarReader(bounded);
            var entries = 0;
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (++entries > MaxEntries)
                {
                    throw new UploadRejectedException(400, "Invalid distribution: too many archive entries.");
                }

                if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && string.Equals(entry.Name, entryName, StringComparison.Ordinal))
                {
                    if (entry.Length > MaxMetadataBytes || entry.DataStream is null)
                    {
                        throw new UploadRejectedException(400, $"Invalid distribution: PKG-INFO is larger than {MaxMetadataBytes} bytes.");
                    }

                    return ReadBounded(entry.DataStream, "PKG-INFO");
                }
            }

            throw new UploadRejectedException(400, $"Invalid distribution: no {entryName} in the source distribution.");
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new UploadRejectedException(400, "Invalid distribution: the file is not a valid .tar.gz archive.");
        }
        catch (IOException e) when (e.Message.StartsWith(BoundedReadStream.LimitMessage, StringComparison.Ordinal))
        {
            throw new UploadRejectedException(400, "Invalid distribution: the archive expands beyond the allowed size (archive bomb?).");
        }
    }

    private static string ReadBounded(Stream stream, string what)
    {
        var buffer = new byte[MaxMetadataBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > MaxMetadataBytes)
        {
            throw new UploadRejectedException(400, $"Invalid distribution: {what} is larger than {MaxMetadataBytes} bytes.");
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(buffer, 0, total);
        }
        catch (DecoderFallbackException)
        {
            throw new UploadRejectedException(400, $"Invalid distribution: {what} is not valid UTF-8.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._+!-]{0,250}$")]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]{0,198}[A-Za-z0-9])$")]
    private static partial Regex ProjectNamePattern();

    [GeneratedRegex(@"[-_.]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[A-Za-z0-9._+!-]{1,64}$")]
    private static partial Regex VersionPattern();
}

/// <summary>A read-only stream that fails once more than a set number of bytes came through (archive-bomb guard).</summary>
internal sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    public const string LimitMessage = "Read limit exceeded";
    private long total;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => total; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        total += read;
        return total > limit ? throw new IOException(LimitMessage) : read;
    }
}
