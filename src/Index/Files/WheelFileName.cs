using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Bonded.Index.Names;
using Bonded.Index.Versions;

namespace Bonded.Index.Files;

/// <summary>A wheel file name (PEP 427/491): <c>{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl</c>.</summary>
public sealed class WheelFileName
{
    /// <summary>The longest file name accepted, in characters.</summary>
    public const int MaxLength = 1024;

    private WheelFileName(string fileName, ProjectName name, PythonVersion version, string? buildTag, string[] python, string[] abi, string[] platform)
    {
        FileName = fileName;
        Name = name;
        Version = version;
        BuildTag = buildTag;
        PythonTags = python;
        AbiTags = abi;
        PlatformTags = platform;
    }

    /// <summary>The file name as given.</summary>
    public string FileName { get; }

    /// <summary>The distribution name.</summary>
    public ProjectName Name { get; }

    /// <summary>The version.</summary>
    public PythonVersion Version { get; }

    /// <summary>The optional build tag (starts with a digit), or null.</summary>
    public string? BuildTag { get; }

    /// <summary>The build number: the leading digits of <see cref="BuildTag"/>, or -1 when there is none.</summary>
    public long BuildNumber => BuildTag is null ? -1 : long.Parse(BuildTag.AsSpan(0, BuildTag.AsSpan().IndexOfAnyExceptInRange('0', '9') is var k and >= 0 ? k : BuildTag.Length), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The python tags of the (possibly compressed) tag set, e.g. <c>py2</c>, <c>py3</c>.</summary>
    public IReadOnlyList<string> PythonTags { get; }

    /// <summary>The ABI tags.</summary>
    public IReadOnlyList<string> AbiTags { get; }

    /// <summary>The platform tags.</summary>
    public IReadOnlyList<string> PlatformTags { get; }

    /// <summary>Every tag the compressed tag sets expand to.</summary>
    public IEnumerable<WheelTag> Tags
    {
        get
        {
            foreach (var python in PythonTags)
            {
                foreach (var abi in AbiTags)
                {
                    foreach (var platform in PlatformTags)
                    {
                        yield return new WheelTag(python, abi, platform);
                    }
                }
            }
        }
    }

    /// <summary>Parses a wheel file name.</summary>
    /// <param name="fileName">The file name (no directory).</param>
    /// <returns>The parsed name.</returns>
    /// <exception cref="InvalidFileNameException">The name is not a valid wheel file name.</exception>
    public static WheelFileName Parse(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return TryParse(fileName, out var wheel, out var error) ? wheel : throw new InvalidFileNameException(error);
    }

    /// <summary>Tries to parse a wheel file name.</summary>
    /// <param name="fileName">The file name (no directory).</param>
    /// <param name="wheel">The parsed name when valid.</param>
    /// <returns>Whether the name is a valid wheel file name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? fileName, [NotNullWhen(true)] out WheelFileName? wheel)
    {
        wheel = null;
        return fileName is not null && TryParse(fileName, out wheel, out _);
    }

    private static bool TryParse(string fileName, [NotNullWhen(true)] out WheelFileName? wheel, out string error)
    {
        wheel = null;
        var shown = ProjectName.Printable(fileName);
        if (fileName.Length > MaxLength || !fileName.EndsWith(".whl", StringComparison.Ordinal))
        {
            error = $"'{shown}' is not a wheel file name (it must end in .whl).";
            return false;
        }

        var parts = fileName[..^4].Split('-');
        if (parts.Length is not (5 or 6))
        {
            error = $"'{shown}' must have five or six '-'-separated parts: name, version, optional build tag, python, abi and platform tags.";
            return false;
        }

        if (!ProjectName.TryParse(parts[0], out var name) || parts[0].Contains("__", StringComparison.Ordinal))
        {
            error = $"'{shown}': '{ProjectName.Printable(parts[0])}' is not a valid distribution name.";
            return false;
        }

        if (!PythonVersion.TryParse(parts[1], out var version) || parts[1].AsSpan().ContainsAny(" \t\r\n"))
        {
            error = $"'{shown}': '{ProjectName.Printable(parts[1])}' is not a valid PEP 440 version.";
            return false;
        }

        string? build = null;
        if (parts.Length == 6)
        {
            build = parts[2];
            if (build.Length == 0 || !char.IsAsciiDigit(build[0]) || !IsTagText(build) || build.AsSpan().IndexOfAnyExceptInRange('0', '9') is var k && (k < 0 ? build.Length : k) > 18)
            {
                error = $"'{shown}': the build tag '{ProjectName.Printable(build)}' must start with a digit.";
                return false;
            }
        }

        var offset = parts.Length - 3;
        var sets = new string[3][];
        for (var t = 0; t < 3; t++)
        {
            var set = parts[offset + t].Split('.');
            foreach (var tag in set)
            {
                if (tag.Length == 0 || !IsTagText(tag))
                {
                    error = $"'{shown}': the tag set '{ProjectName.Printable(parts[offset + t])}' is not valid (letters, digits and '_' joined by '.').";
                    return false;
                }
            }

            sets[t] = set;
        }

        wheel = new WheelFileName(fileName, name, version, build, sets[0], sets[1], sets[2]);
        error = string.Empty;
        return true;
    }

    private static bool IsTagText(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The file name as given.</summary>
    /// <returns>The file name.</returns>
    public override string ToString() => FileName;
}
