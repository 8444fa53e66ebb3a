using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bonded.Scanning.Tests.Corpus;

/// <summary>
/// One labelled sample of the evaluation corpus: a source tree with <c>PKG-INFO</c>, a <c>SAMPLE.md</c> and an
/// <c>expected.json</c>, packed in memory into the sdist and wheel that an attacker would upload.
/// </summary>
/// <remarks>Compiled into both the test project and the benchmarks' evaluation harness (linked file).</remarks>
internal sealed partial class CorpusSample
{
    private const string ExpectationFile = "expected.json";
    private const string DescriptionFile = "SAMPLE.md";
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 2, 0, 0, 0, TimeSpan.Zero);

    // Files an sdist has at its root that a wheel built from it does not carry.
    private static readonly HashSet<string> SdistOnlyRootFiles = new(StringComparer.Ordinal)
    {
        "setup.py", "setup.cfg", "pyproject.toml", "PKG-INFO", "MANIFEST.in", "README.md", "RELEASE",
    };

    private CorpusSample(string name, string directory, CorpusExpectation expected, string projectName, string version)
    {
        Name = name;
        Directory = directory;
        Expected = expected;
        ProjectName = projectName;
        Version = version;
    }

    /// <summary>The folder name of the sample.</summary>
    public string Name { get; }

    /// <summary>The sample's source tree.</summary>
    public string Directory { get; }

    /// <summary>What the scanner should say about it.</summary>
    public CorpusExpectation Expected { get; }

    /// <summary>The project name from its PKG-INFO.</summary>
    public string ProjectName { get; }

    /// <summary>The version from its PKG-INFO.</summary>
    public string Version { get; }

    /// <summary>Whether a folder is a sample tree (it has an <c>expected.json</c>).</summary>
    public static bool IsSample(string directory) => File.Exists(Path.Combine(directory, ExpectationFile));

    /// <summary>Every sample directly under <paramref name="root"/>, in name order.</summary>
    public static IReadOnlyList<CorpusSample> LoadAll(string root) =>
        System.IO.Directory.GetDirectories(root)
            .Where(IsSample)
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    /// <summary>Reads one sample tree.</summary>
    public static CorpusSample Load(string directory)
    {
        var expected = JsonSerializer.Deserialize<CorpusExpectation>(
            File.ReadAllText(Path.Combine(directory, ExpectationFile)), JsonOptions)
            ?? throw new InvalidDataException($"{directory}: empty {ExpectationFile}");
        var pkgInfo = File.ReadAllText(Path.Combine(directory, "PKG-INFO"));
        var name = Header(pkgInfo, "Name") ?? throw new InvalidDataException($"{directory}: PKG-INFO has no Name");
        var version = Header(pkgInfo, "Version") ?? throw new InvalidDataException($"{directory}: PKG-INFO has no Version");
        return new CorpusSample(Path.GetFileName(directory), directory, expected, name, version);
    }

    /// <summary>The archives of this sample (the formats its expectation names), built in memory.</summary>
    public IReadOnlyList<PackedArtifact> Pack()
    {
        var artifacts = new List<PackedArtifact>();
        foreach (var format in Expected.Formats)
        {
            artifacts.Add(format switch
            {
                "sdist" => PackSdist(),
                "wheel" => PackWheel(),
                _ => throw new InvalidDataException($"{Name}: unknown format '{format}'"),
            });
        }

        return artifacts;
    }

    /// <summary>The sample as an sdist (<c>name-version.tar.gz</c>, or a zip when the sample is a mislabelled archive).</summary>
    public PackedArtifact PackSdist()
    {
        var archive = Expected.Archive ?? new CorpusArchive();
        var top = $"{SafeName(ProjectName)}-{Version}";
        var entries = new List<(string Name, Func<Stream> Open, long Length, string? LinkTarget)>();
        foreach (var (relative, full) in SourceFiles())
        {
            if (archive.Duplicates?.ContainsKey(relative) == true)
            {
                continue;
            }

            var entryName = archive.Renames is { } renames && renames.TryGetValue(relative, out var renamed) ? renamed : $"{top}/{relative}";
            entries.Add((entryName, () => File.OpenRead(full), new FileInfo(full).Length, null));
        }

        foreach (var (source, target) in archive.Duplicates ?? [])
        {
            var full = Path.Combine(Directory, source);
            entries.Add(($"{top}/{target}", () => File.OpenRead(full), new FileInfo(full).Length, null));
        }

        foreach (var (link, target) in archive.Symlinks ?? [])
        {
            entries.Add(($"{top}/{link}", () => Stream.Null, 0, target));
        }

        foreach (var (path, size) in archive.Bombs ?? [])
        {
            entries.Add(($"{top}/{path}", () => new ZeroStream(size), size, null));
        }

        var fileName = archive.Name ?? $"{top}.tar.gz";
        return archive.Container == "zip"
            ? new PackedArtifact(Name, fileName, "sdist", WriteZip(entries.Select(e => (e.Name, e.Open))))
            : new PackedArtifact(Name, fileName, "sdist", WriteTarGz(entries));
    }

    /// <summary>The sample as a wheel: its modules and .pth files plus a .dist-info built from PKG-INFO.</summary>
    public PackedArtifact PackWheel()
    {
        var stem = $"{SafeName(ProjectName)}-{Version}";
        var distInfo = $"{stem}.dist-info";
        var files = SourceFiles()
            .Where(f => f.Relative.Contains('/', StringComparison.Ordinal) || !SdistOnlyRootFiles.Contains(f.Relative))
            .Select(f => (Name: f.Relative, Content: File.ReadAllBytes(f.Full)))
            .ToList();
        files.Add(($"{distInfo}/METADATA", File.ReadAllBytes(Path.Combine(Directory, "PKG-INFO"))));
        files.Add(($"{distInfo}/WHEEL", Encoding.UTF8.GetBytes("Wheel-Version: 1.0\nGenerator: bonded-corpus\nRoot-Is-Purelib: true\nTag: py3-none-any\n")));
        var record = new StringBuilder();
        foreach (var (name, bytes) in files)
        {
            var digest = Convert.ToBase64String(SHA256.HashData(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            record.Append(CultureInfo.InvariantCulture, $"{name},sha256={digest},{bytes.Length}\n");
        }

        record.Append(CultureInfo.InvariantCulture, $"{distInfo}/RECORD,,\n");
        files.Add(($"{distInfo}/RECORD", Encoding.UTF8.GetBytes(record.ToString())));
        var content = WriteZip(files.Select(f => (f.Name, (Func<Stream>)(() => new MemoryStream(f.Content, writable: false)))));
        return new PackedArtifact(Name, $"{stem}-py3-none-any.whl", "wheel", content);
    }

    // Every file of the tree except the sample's own notes, as (path relative to the tree with '/', full path).
    private IEnumerable<(string Relative, string Full)> SourceFiles() =>
        System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Select(full => (Relative: Path.GetRelativePath(Directory, full).Replace('\\', '/'), Full: full))
            .Where(f => f.Relative is not (ExpectationFile or DescriptionFile))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);

    private static byte[] WriteTarGz(IEnumerable<(string Name, Func<Stream> Open, long Length, string? LinkTarget)> entries)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                if (entry.LinkTarget is { } target)
                {
                    tar.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, entry.Name) { LinkName = target, ModificationTime = FixedTime });
                    continue;
                }

                using var data = entry.Open();
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, entry.Name)
                {
                    DataStream = data,
                    ModificationTime = FixedTime,
                    Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
                });
            }
        }

        return output.ToArray();
    }

    private static byte[] WriteZip(IEnumerable<(string Name, Func<Stream> Open)> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, open) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var source = open();
                using var destination = entry.Open();
                source.CopyTo(destination);
            }
        }

        return output.ToArray();
    }

    private static string? Header(string metadata, string name)
    {
        foreach (var line in metadata.Split('\n'))
        {
            if (line.Length == 0 || line == "\r")
            {
                break; // the body starts after the first blank line
            }

            if (line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            {
                return line[(name.Length + 1)..].Trim();
            }
        }

        return null;
    }

    private static string SafeName(string name) => SeparatorRuns().Replace(name, "_").ToLowerInvariant();

    [GeneratedRegex("[-_.]+")]
    private static partial Regex SeparatorRuns();

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    // A seekable stream of zeros of a given length, so a decompression bomb is written without holding it in memory.
    private sealed class ZeroStream(long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            Array.Clear(buffer, offset, n);
            position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>What a sample's <c>expected.json</c> says.</summary>
internal sealed class CorpusExpectation
{
    /// <summary>The least verdict the scanner must give: <c>threat</c>, <c>indeterminate</c> or (benign look-alikes) <c>benign</c>.</summary>
    public string Verdict { get; init; } = "threat";

    /// <summary>Which archives to build: <c>sdist</c>, <c>wheel</c>.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["sdist"];

    /// <summary>The techniques the sample reproduces (issue 6 item 3 wording).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The ids of the checks it should trip.</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary>Archive-level tricks applied when packing the sdist.</summary>
    public CorpusArchive? Archive { get; init; }
}

/// <summary>Archive-level tricks for a sample's sdist.</summary>
internal sealed class CorpusArchive
{
    /// <summary>The file name to upload under instead of <c>name-version.tar.gz</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>zip</c> to write a zip archive under the sdist's name.</summary>
    public string? Container { get; init; }

    /// <summary>Tree path to the literal entry name it is stored under (traversal, absolute paths).</summary>
    public Dictionary<string, string>? Renames { get; init; }

    /// <summary>Tree path to a path (under the top folder) it is stored under a second time, after the original.</summary>
    public Dictionary<string, string>? Duplicates { get; init; }

    /// <summary>Symbolic-link entries (under the top folder) and their targets.</summary>
    public Dictionary<string, string>? Symlinks { get; init; }

    /// <summary>Entries (under the top folder) made of that many zero bytes.</summary>
    public Dictionary<string, long>? Bombs { get; init; }
}

/// <summary>One archive built from a sample.</summary>
/// <param name="SampleName">The sample it was built from.</param>
/// <param name="FileName">The file name it is scanned under.</param>
/// <param name="Format"><c>sdist</c> or <c>wheel</c>.</param>
/// <param name="Content">The archive bytes.</param>
internal sealed record PackedArtifact(string SampleName, string FileName, string Format, byte[] Content);
