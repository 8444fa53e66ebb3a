namespace Bonded.Index.Files;

/// <summary>Why a distribution archive was refused.</summary>
public enum ArchiveProblem
{
    /// <summary>The file is not a readable archive of its kind, or it is truncated.</summary>
    Corrupt,

    /// <summary>The archive lists more entries than <see cref="ArchiveLimits.MaxEntries"/>.</summary>
    TooManyEntries,

    /// <summary>An entry decompresses beyond a limit (a zip or gzip bomb, or a huge METADATA).</summary>
    TooLarge,

    /// <summary>An entry name is absolute, contains <c>..</c>, a backslash, a drive letter or a control character.</summary>
    UnsafeEntryName,

    /// <summary>The archive has no METADATA (wheel) or PKG-INFO (sdist) where the format puts it.</summary>
    MetadataMissing,

    /// <summary>The archive has more than one candidate metadata file.</summary>
    MetadataAmbiguous,

    /// <summary>The archive format is not supported.</summary>
    UnsupportedFormat,
}
