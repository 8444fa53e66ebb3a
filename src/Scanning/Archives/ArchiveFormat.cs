namespace Bonded.Scanning.Archives;

/// <summary>A container format recognised by its magic bytes.</summary>
internal enum ArchiveFormat
{
    Unknown,
    Zip,
    TarGzip,
    TarBzip2,
    TarXz,
    Tar,
}

/// <summary>Recognises archive formats from magic bytes and file names.</summary>
internal static class ArchiveFormats
{
    public static ArchiveFormat FromMagic(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8)))
        {
            return ArchiveFormat.Zip;
        }

        if (head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            return ArchiveFormat.TarGzip;
        }

        if (head.Length >= 3 && head[0] == (byte)'B' && head[1] == (byte)'Z' && head[2] == (byte)'h')
        {
            return ArchiveFormat.TarBzip2;
        }

        if (head.Length >= 6 && head[0] == 0xFD && head[1] == (byte)'7' && head[2] == (byte)'z' && head[3] == (byte)'X' && head[4] == (byte)'Z' && head[5] == 0)
        {
            return ArchiveFormat.TarXz;
        }

        if (head.Length >= 262 && head.Slice(257, 5).SequenceEqual("ustar"u8))
        {
            return ArchiveFormat.Tar;
        }

        return ArchiveFormat.Unknown;
    }

    public static ArchiveFormat FromName(string name)
    {
        if (name.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".egg", StringComparison.OrdinalIgnoreCase))
        {
            return ArchiveFormat.Zip;
        }

        if (name.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
        {
            return ArchiveFormat.TarGzip;
        }

        if (name.EndsWith(".tar.bz2", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tbz2", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tbz", StringComparison.OrdinalIgnoreCase))
        {
            return ArchiveFormat.TarBzip2;
        }

        if (name.EndsWith(".tar.xz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".txz", StringComparison.OrdinalIgnoreCase))
        {
            return ArchiveFormat.TarXz;
        }

        return name.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) ? ArchiveFormat.Tar : ArchiveFormat.Unknown;
    }

    /// <summary>Zip containers that are not Python distributions (not opened when nested).</summary>
    public static bool IsForeignZipContainer(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        return name[(dot + 1)..].ToLowerInvariant() is "jar" or "war" or "ear" or "apk" or "aar" or "docx" or "xlsx" or "pptx" or "odt" or "ods" or "odp"
            or "epub" or "xpi" or "nupkg" or "vsix" or "kmz" or "3mf" or "ipynb" or "npz" or "xlsm" or "dotx" or "sketch";
    }
}
