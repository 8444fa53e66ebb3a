using System.Text;

namespace Bonded.Scanning.Archives;

/// <summary>Turns an archive's entries into a <see cref="ScannedPackage"/>: phases, relative paths, text, metadata.</summary>
internal static partial class PackageReader
{
    [System.Text.RegularExpressions.GeneratedRegex(@"backend-path\s*=\s*\[([^\]]*)\]", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex BackendPath();

    private static readonly string[] AncillaryFolders = ["test", "tests", "testing", "doc", "docs", "example", "examples", "benchmark", "benchmarks", "bench", "demo", "demos", "sample", "samples", "_vendor", "vendor", "third_party"];

    /// <summary>Whether an entry's bytes are kept for analysis.</summary>
    public static bool Retain(string path)
    {
        var name = FileNameOf(path);
        return name.EndsWith(".py", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".pyw", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".pth", StringComparison.OrdinalIgnoreCase) || name is "PKG-INFO" or "METADATA" or "setup.cfg" or "pyproject.toml" or "entry_points.txt"
            || name.EndsWith(".sh", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".bat", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".cmd", StringComparison.OrdinalIgnoreCase);
    }

    public static ScannedPackage Build(string fileName, ArchiveReadResult read, string? declaredProject, ContentArena? arena = null)
    {
        var kind = fileName.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) ? PackageKind.Wheel
            : read.Format != ArchiveFormat.Unknown ? PackageKind.Sdist : PackageKind.Unknown;

        // An sdist keeps everything under one top folder (name-version/); paths inside it are what the build sees.
        string? top = null;
        if (kind == PackageKind.Sdist && read.Entries.Count > 0)
        {
            var first = read.Entries[0].Path;
            var slash = first.IndexOf('/', StringComparison.Ordinal);
            top = slash > 0 ? first[..(slash + 1)] : null;
            if (top is not null && !read.Entries.TrueForAll(e => e.Path.StartsWith(top, StringComparison.Ordinal)))
            {
                top = null;
            }
        }

        // An in-tree PEP 517 backend (pyproject's backend-path) runs at build time, like setup.py.
        var backendPaths = new List<string>();
        var pyproject = read.Entries.Find(e => e.Content is not null && (top is null ? e.Path : e.Path[top.Length..]) == "pyproject.toml");
        if (pyproject?.Content is { } toml && BackendPath().Match(Decode(toml.Span)) is { Success: true } backend)
        {
            backendPaths.AddRange(backend.Groups[1].Value.Split(',').Select(p => p.Trim().Trim('"', '\'', ' ').TrimStart('.', '/').TrimEnd('/')).Where(p => p.Length > 0).Select(p => p + "/"));
        }

        var files = new List<PackageFile>(read.Entries.Count);
        foreach (var entry in read.Entries)
        {
            var relative = top is not null && entry.Path.StartsWith(top, StringComparison.Ordinal) ? entry.Path[top.Length..] : entry.Path;
            var nested = relative.Contains("!/", StringComparison.Ordinal);
            var text = entry.Content is not null && Retain(entry.Path) ? entry.Content : null;
            var phase = nested ? ExecutionPhase.Runtime : PhaseOf(relative, kind);
            if (!nested && backendPaths.Exists(p => relative.StartsWith(p, StringComparison.Ordinal)) && relative.EndsWith(".py", StringComparison.Ordinal))
            {
                phase = ExecutionPhase.Install;
            }

            var file = new PackageFile(entry.Path, relative, entry.Size, entry.Head, text, entry.Complete ? entry.Content : null, phase, arena)
            {
                IsAncillary = nested || IsAncillary(relative),
            };
            files.Add(file);
        }

        var metadata = FindMetadata(files, kind);
        return new ScannedPackage(fileName, kind, files, metadata, declaredProject);
    }

    private static ExecutionPhase PhaseOf(string relative, PackageKind kind)
    {
        var name = FileNameOf(relative);
        if (name.EndsWith(".pth", StringComparison.OrdinalIgnoreCase))
        {
            return ExecutionPhase.Import;
        }

        var atRoot = !relative.Contains('/', StringComparison.Ordinal);
        if (kind != PackageKind.Wheel && atRoot && name is "setup.py" or "hatch_build.py" or "pdm_build.py" or "build.py")
        {
            return ExecutionPhase.Install;
        }

        // A root sitecustomize/usercustomize module is installed beside the site packages and runs at every start-up.
        if (atRoot && name is "sitecustomize.py" or "usercustomize.py")
        {
            return ExecutionPhase.Import;
        }

        if (name is "__init__.py" && !IsAncillary(relative))
        {
            return ExecutionPhase.Import;
        }

        // A wheel's top-level module is the package itself: it runs when imported.
        return kind == PackageKind.Wheel && atRoot && name.EndsWith(".py", StringComparison.OrdinalIgnoreCase) ? ExecutionPhase.Import : ExecutionPhase.Runtime;
    }

    private static bool IsAncillary(string relative)
    {
        // Every folder on the path, lower-cased (invariant) without allocating.
        Span<char> lower = stackalloc char[32];
        var rest = relative.AsSpan();
        for (var slash = rest.IndexOf('/'); slash >= 0; slash = rest.IndexOf('/'))
        {
            var folder = rest[..slash];
            rest = rest[(slash + 1)..];
            if (folder.Length <= lower.Length && folder.ToLowerInvariant(lower) == folder.Length && IsAncillaryFolder(lower[..folder.Length]))
            {
                return true;
            }
        }

        var name = rest;
        return name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal) || name is "conftest.py" or "noxfile.py" or "tasks.py" or "fabfile.py";
    }

    private static bool IsAncillaryFolder(ReadOnlySpan<char> folder)
    {
        foreach (var candidate in AncillaryFolders)
        {
            if (folder.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static PackageMetadata? FindMetadata(List<PackageFile> files, PackageKind kind)
    {
        PackageFile? best = null;
        foreach (var file in files)
        {
            if (!file.HasText)
            {
                continue;
            }

            var relative = file.RelativePath;
            var matches = kind == PackageKind.Wheel
                ? relative.EndsWith(".dist-info/METADATA", StringComparison.Ordinal) && relative.Count(c => c == '/') == 1
                : relative == "PKG-INFO";
            if (matches)
            {
                best = file;
                break;
            }
        }

        return best is null ? null : MetadataParser.Parse(best.Path, best.Text!);
    }

    /// <summary>Decodes a retained file's text: UTF-8 (invalid sequences replaced), a byte order mark dropped.</summary>
    public static string Decode(ReadOnlySpan<byte> content) => Encoding.UTF8.GetString(WithoutBom(content));

    /// <summary><see cref="Checks.Patterns.MayMatter(ReadOnlySpan{char})"/> on the text of <paramref name="content"/> as <see cref="Decode"/> would give it, without decoding it.</summary>
    public static bool MayMatter(ReadOnlySpan<byte> content) => Checks.Patterns.MayMatter(WithoutBom(content));

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> span)
    {
        return span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? span[3..] : span;
    }

    private static ReadOnlySpan<char> FileNameOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path.AsSpan(slash + 1);
    }
}

/// <summary>Parses core metadata (RFC 822-style headers, then the description body).</summary>
internal static class MetadataParser
{
    public static PackageMetadata Parse(string path, string text)
    {
        // Headers line by line (continuation lines indented), up to the first empty line; the rest is the body. Lines are
        // looked at in place: only header names and values become strings.
        var fields = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var body = "";
        string? lastKey = null;
        for (var position = 0; position <= normalized.Length;)
        {
            var newline = normalized.IndexOf('\n', position);
            var end = newline < 0 ? normalized.Length : newline;
            var line = normalized.AsSpan(position, end - position);
            position = end + 1;
            if (line.Length == 0)
            {
                body = position <= normalized.Length ? normalized[position..] : "";
                break;
            }

            if ((line[0] == ' ' || line[0] == '\t') && lastKey is not null)
            {
                var values = fields[lastKey];
                values[^1] = string.Concat(values[^1], "\n", line.StartsWith("        |", StringComparison.Ordinal) ? line[9..] : line.Trim());
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            lastKey = line[..colon].Trim().ToString();
            if (!fields.TryGetValue(lastKey, out var list))
            {
                fields[lastKey] = list = [];
            }

            list.Add(line[(colon + 1)..].Trim().ToString());
        }

        var description = body.Length > 0 ? body : fields.TryGetValue("Description", out var d) && d.Count > 0 ? d[0] : "";
        var frozen = fields.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.AsReadOnly(), StringComparer.OrdinalIgnoreCase);
        return new PackageMetadata(path, frozen, description);
    }
}
