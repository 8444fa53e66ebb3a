using System.Diagnostics.CodeAnalysis;
using Bonded.Index.Names;
using Bonded.Index.Versions;

namespace Bonded.Index.Files;

/// <summary>A source distribution file name: PEP 625 <c>{name}-{version}.tar.gz</c>, or a legacy form (<c>.zip</c>, <c>.tar.bz2</c>, ...).</summary>
public sealed class SdistFileName
{
    /// <summary>The longest file name accepted, in characters.</summary>
    public const int MaxLength = 1024;

    private static readonly string[] Extensions = [".tar.gz", ".zip", ".tar.bz2", ".tar.xz", ".tgz", ".tar"];

    private SdistFileName(string fileName, ProjectName name, PythonVersion version, string extension, bool standard)
    {
        FileName = fileName;
        Name = name;
        Version = version;
        Extension = extension;
        IsStandard = standard;
    }

    /// <summary>The file name as given.</summary>
    public string FileName { get; }

    /// <summary>The project name.</summary>
    public ProjectName Name { get; }

    /// <summary>The version.</summary>
    public PythonVersion Version { get; }

    /// <summary>The archive extension, e.g. <c>.tar.gz</c> or <c>.zip</c>.</summary>
    public string Extension { get; }

    /// <summary>Whether the name follows PEP 625 exactly: <c>.tar.gz</c>, normalized name with <c>_</c>, normalized version.</summary>
    public bool IsStandard { get; }

    /// <summary>Whether the archive is a zip file (otherwise a tar file, possibly compressed).</summary>
    public bool IsZip => string.Equals(Extension, ".zip", StringComparison.Ordinal);

    /// <summary>Parses an sdist file name.</summary>
    /// <param name="fileName">The file name (no directory).</param>
    /// <returns>The parsed name.</returns>
    /// <exception cref="InvalidFileNameException">The name is not a valid sdist file name.</exception>
    public static SdistFileName Parse(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return TryParse(fileName, out var sdist)
            ? sdist
            : throw new InvalidFileNameException($"'{ProjectName.Printable(fileName)}' is not a source distribution file name ({{name}}-{{version}}.tar.gz, or legacy .zip, .tar.bz2, .tar.xz, .tgz, .tar).");
    }

    /// <summary>Tries to parse an sdist file name.</summary>
    /// <param name="fileName">The file name (no directory).</param>
    /// <param name="sdist">The parsed name when valid.</param>
    /// <returns>Whether the name is a valid sdist file name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? fileName, [NotNullWhen(true)] out SdistFileName? sdist)
    {
        sdist = null;
        if (fileName is null || fileName.Length > MaxLength)
        {
            return false;
        }

        var extension = Array.Find(Extensions, e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (extension is null)
        {
            return false;
        }

        var stem = fileName.AsSpan(0, fileName.Length - extension.Length);

        // Legacy names may contain '-': split at the first '-' after which a valid version follows.
        for (var dash = stem.IndexOf('-'); dash > 0; dash = NextDash(stem, dash))
        {
            var namePart = stem[..dash];
            var versionPart = stem[(dash + 1)..];
            if (ProjectName.IsValid(namePart) && !versionPart.ContainsAny(" \t\r\n") && PythonVersion.TryParse(versionPart, out var version))
            {
                var name = ProjectName.Parse(namePart.ToString());
                var standard = string.Equals(extension, ".tar.gz", StringComparison.Ordinal)
                    && namePart.SequenceEqual(name.FileNameForm)
                    && versionPart.SequenceEqual(version.ToString());
                sdist = new SdistFileName(fileName, name, version, fileName[^extension.Length..], standard);
                return true;
            }
        }

        return false;
    }

    private static int NextDash(ReadOnlySpan<char> stem, int dash)
    {
        var next = stem[(dash + 1)..].IndexOf('-');
        return next < 0 ? -1 : dash + 1 + next;
    }

    /// <summary>The file name as given.</summary>
    /// <returns>The file name.</returns>
    public override string ToString() => FileName;
}
