using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Bonded.Index.Tests.Files;

/// <summary>Builds zip and tar.gz archives in memory, including hostile ones.</summary>
internal static class Archives
{
    public static byte[] Metadata(string name = "demo", string version = "1.0", string extra = "")
        => Encoding.UTF8.GetBytes($"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n{extra}\nDescription body.\n");

    public static byte[] Zip(params (string Path, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var stream = zip.CreateEntry(path, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Wheel(string name = "demo", string version = "1.0", byte[]? metadata = null)
        => Zip(
            ($"{name}/__init__.py", "x = 1\n"u8.ToArray()),
            ($"{name}-{version}.dist-info/METADATA", metadata ?? Metadata(name, version)),
            ($"{name}-{version}.dist-info/WHEEL", "Wheel-Version: 1.0\n"u8.ToArray()));

    public static byte[] TarGz(params (string Path, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(content) });
            }
        }

        return buffer.ToArray();
    }
}
