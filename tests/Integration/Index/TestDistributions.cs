using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Bonded.Integration.Tests.Index;

/// <summary>Builds real wheels and sdists in memory: a wheel is a zip with METADATA, WHEEL and RECORD; an sdist a tar.gz with PKG-INFO.</summary>
internal static class TestDistributions
{
    public static string Metadata(string name, string version, string? requiresPython = null, params string[] requiresDist)
    {
        var text = new StringBuilder()
            .Append("Metadata-Version: 2.1\n")
            .Append("Name: ").Append(name).Append('\n')
            .Append("Version: ").Append(version).Append('\n')
            .Append("Summary: A test distribution built by Bonded's integration tests\n");
        if (requiresPython is not null)
        {
            text.Append("Requires-Python: ").Append(requiresPython).Append('\n');
        }

        foreach (var requirement in requiresDist)
        {
            text.Append("Requires-Dist: ").Append(requirement).Append('\n');
        }

        return text.Append("\nThe description.\n").ToString();
    }

    /// <summary>Writes <c>{name}-{version}-py3-none-any.whl</c> into a folder and returns its path.</summary>
    public static string WriteWheel(string directory, string name, string version, string? requiresPython = null, params string[] requiresDist)
    {
        var distribution = name.Replace('-', '_');
        var distInfo = $"{distribution}-{version}.dist-info";
        var files = new List<(string Path, byte[] Content)>
        {
            ($"{distribution}/__init__.py", Encoding.UTF8.GetBytes($"VERSION = \"{version}\"\n")),
            ($"{distInfo}/METADATA", Encoding.UTF8.GetBytes(Metadata(name, version, requiresPython, requiresDist))),
            ($"{distInfo}/WHEEL", Encoding.UTF8.GetBytes("Wheel-Version: 1.0\nGenerator: bonded-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n\n")),
        };
        var record = new StringBuilder();
        foreach (var (path, content) in files)
        {
            var digest = Convert.ToBase64String(SHA256.HashData(content)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            record.Append(path).Append(",sha256=").Append(digest).Append(',').Append(content.Length).Append('\n');
        }

        record.Append(distInfo).Append("/RECORD,,\n");
        files.Add(($"{distInfo}/RECORD", Encoding.UTF8.GetBytes(record.ToString())));

        var fileName = Path.Combine(directory, $"{distribution}-{version}-py3-none-any.whl");
        using var stream = File.Create(fileName);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var (path, content) in files)
        {
            using var entry = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
            entry.Write(content);
        }

        return fileName;
    }

    /// <summary>Writes <c>{name}-{version}.tar.gz</c> (PEP 625) into a folder and returns its path.</summary>
    public static string WriteSdist(string directory, string name, string version, string? requiresPython = null)
    {
        var stem = $"{name.Replace('-', '_')}-{version}";
        var fileName = Path.Combine(directory, stem + ".tar.gz");
        using var stream = File.Create(fileName);
        using var gzip = new GZipStream(stream, CompressionLevel.Optimal);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (path, text) in new[]
        {
            ($"{stem}/PKG-INFO", Metadata(name, version, requiresPython)),
            ($"{stem}/pyproject.toml", "[build-system]\nrequires = []\n"),
        })
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) };
            tar.WriteEntry(entry);
        }

        return fileName;
    }
}
