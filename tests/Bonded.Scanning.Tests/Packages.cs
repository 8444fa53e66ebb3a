using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Bonded.Scanning.Tests;

/// <summary>Builds distributions in memory for tests: sdists (tar.gz) and wheels (zip), including hostile ones.</summary>
internal static class Packages
{
    public const string DefaultPkgInfo = "Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0\nSummary: A demo package\nHome-page: https://example.org/demo\nAuthor: Someone\n\nA longer description of the demo package.\n";

    public static byte[] Sdist(params (string Path, string Content)[] files) => Sdist("demo-pkg-1.0", files);

    public static byte[] Sdist(string root, params (string Path, string Content)[] files)
    {
        var all = files.Any(f => f.Path == "PKG-INFO") ? files : files.Append((Path: "PKG-INFO", Content: DefaultPkgInfo)).ToArray();
        return TarGz(all.Select(f => (root + "/" + f.Path, Encoding.UTF8.GetBytes(f.Content))).ToArray());
    }

    public static byte[] TarGz(params (string Path, byte[] Content)[] files)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (path, content) in files)
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(content) };
                tar.WriteEntry(entry);
            }
        }

        return output.ToArray();
    }

    public static byte[] TarGzWith(Action<TarWriter> write)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            write(tar);
        }

        return output.ToArray();
    }

    public static byte[] Wheel(params (string Path, string Content)[] files)
    {
        var all = files.Any(f => f.Path.EndsWith("/METADATA", StringComparison.Ordinal)) ? files : files.Append((Path: "demo_pkg-1.0.dist-info/METADATA", Content: DefaultPkgInfo)).ToArray();
        return Zip(all.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Content))).ToArray());
    }

    public static byte[] Zip(params (string Path, byte[] Content)[] files)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in files)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    public static Task<ScanReport> ScanAsync(byte[] archive, string fileName = "demo-pkg-1.0.tar.gz", ScanOptions? options = null, ScanContext? context = null, TimeProvider? time = null) =>
        new PackageScanner(options, null, time).ScanAsync(new MemoryStream(archive), fileName, context);

    public static Task<ScanReport> ScanSdistAsync(params (string Path, string Content)[] files) => ScanAsync(Sdist(files));

    public static bool Has(this ScanReport report, string checkId) => report.Findings.Any(f => f.CheckId == checkId && f.Severity > Severity.Info);
}
