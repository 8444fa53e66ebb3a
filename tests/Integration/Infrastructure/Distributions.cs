using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Bonded.Integration.Tests.Infrastructure;

/// <summary>Builds small, real wheels and sdists in memory (pure Python, installable by pip without a build step).</summary>
public static class Distributions
{
    /// <summary>Core metadata 2.1 (twine's pkginfo reads up to 2.2).</summary>
    public static string Metadata(string name, string version, string? requiresPython = null, string summary = "A test package.")
    {
        var text = new StringBuilder();
        text.Append("Metadata-Version: 2.1\n");
        text.Append($"Name: {name}\n");
        text.Append($"Version: {version}\n");
        text.Append($"Summary: {summary}\n");
        if (requiresPython is not null)
        {
            text.Append($"Requires-Python: {requiresPython}\n");
        }

        text.Append("\nA test package built by Bonded's integration tests.\n");
        return text.ToString();
    }

    /// <summary>A py3-none-any wheel with one module <c>{module}/__init__.py</c>.</summary>
    public static byte[] Wheel(string name, string version, string? moduleSource = null, string? metadata = null, IDictionary<string, string>? extraFiles = null)
    {
        var distName = name.Replace('-', '_').Replace('.', '_');
        var module = distName.ToLowerInvariant();
        var distInfo = $"{distName}-{version}.dist-info";
        var files = new List<(string Path, byte[] Content)>
        {
            ($"{module}/__init__.py", Encoding.UTF8.GetBytes(moduleSource ?? $"VERSION = \"{version}\"\n")),
            ($"{distInfo}/METADATA", Encoding.UTF8.GetBytes(metadata ?? Metadata(name, version))),
            ($"{distInfo}/WHEEL", Encoding.UTF8.GetBytes("Wheel-Version: 1.0\nGenerator: bonded-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n")),
        };
        foreach (var (path, content) in extraFiles ?? new Dictionary<string, string>())
        {
            files.Add((path, Encoding.UTF8.GetBytes(content)));
        }

        var record = new StringBuilder();
        foreach (var (path, content) in files)
        {
            var hash = Convert.ToBase64String(SHA256.HashData(content)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            record.Append($"{path},sha256={hash},{content.Length}\n");
        }

        record.Append($"{distInfo}/RECORD,,\n");
        files.Add(($"{distInfo}/RECORD", Encoding.UTF8.GetBytes(record.ToString())));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in files)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static string WheelName(string name, string version) => $"{name.Replace('-', '_').Replace('.', '_')}-{version}-py3-none-any.whl";

    public static string SdistName(string name, string version) => $"{name.Replace('-', '_').Replace('.', '_').ToLowerInvariant()}-{version}.tar.gz";

    /// <summary>A PEP 625 sdist: <c>{name}-{version}/PKG-INFO</c>, <c>pyproject.toml</c> and the module.</summary>
    public static byte[] Sdist(string name, string version, string? pkgInfo = null, IDictionary<string, string>? extraFiles = null)
    {
        var stem = SdistName(name, version)[..^".tar.gz".Length];
        var module = name.Replace('-', '_').Replace('.', '_').ToLowerInvariant();
        var files = new Dictionary<string, string>
        {
            [$"{stem}/PKG-INFO"] = pkgInfo ?? Metadata(name, version),
            [$"{stem}/pyproject.toml"] = $"[project]\nname = \"{name}\"\nversion = \"{version}\"\n\n[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n",
            [$"{stem}/{module}/__init__.py"] = $"VERSION = \"{version}\"\n",
        };
        foreach (var (path, content) in extraFiles ?? new Dictionary<string, string>())
        {
            files[$"{stem}/{path}"] = content;
        }

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: false))
        {
            foreach (var (path, content) in files)
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, path)
                {
                    DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)),
                    ModificationTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
                    Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
                };
                tar.WriteEntry(entry);
            }
        }

        return buffer.ToArray();
    }
}
