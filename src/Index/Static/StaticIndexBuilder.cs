using System.Security.Cryptography;
using System.Text.Json;
using Bonded.Index.Files;
using Bonded.Index.Names;
using Bonded.Index.Pages;

namespace Bonded.Index.Static;

/// <summary>Builds a static simple index from a folder of wheels and sdists, incrementally.</summary>
/// <remarks>
/// <para>The output folder gets <c>simple/index.html</c>, <c>simple/&lt;name&gt;/index.html</c> (which pip reads over
/// <c>file://</c>), a PEP 691 JSON twin <c>index.v1_json</c> beside each, and <c>files/</c> with a copy of each distribution
/// and its PEP 658 <c>.metadata</c> file. Links are relative (<c>../../files/...</c>) unless a base URL is given.</para>
/// <para>A file <c>X.yanked</c> beside distribution <c>X</c> yanks it (PEP 592); its text, if any, is the reason.
/// A re-run reuses what it learnt about unchanged files (a manifest in the output folder) and rewrites only pages whose
/// bytes change. Files that cannot be indexed are reported in <see cref="StaticBuildResult.Problems"/> and skipped.</para>
/// </remarks>
public sealed class StaticIndexBuilder
{
    /// <summary>The manifest file name, kept in the output folder.</summary>
    public const string ManifestFileName = ".bonded-index.json";

    /// <summary>The suffix of a sidecar file that yanks a distribution.</summary>
    public const string YankedSuffix = ".yanked";

    private static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = false };

    private readonly ArchiveLimits limits;
    private readonly StaticIndexWriter writer;

    /// <summary>Creates a builder.</summary>
    /// <param name="limits">Archive limits, or null for the defaults.</param>
    /// <param name="writer">The page writer, or null for a new one.</param>
    public StaticIndexBuilder(ArchiveLimits? limits = null, StaticIndexWriter? writer = null)
    {
        this.limits = limits ?? ArchiveLimits.Default;
        this.writer = writer ?? new StaticIndexWriter();
    }

    /// <summary>Builds or updates the index of a folder of distributions.</summary>
    /// <param name="distributionsDirectory">The folder of wheels and sdists (searched recursively).</param>
    /// <param name="outputDirectory">The index folder to write.</param>
    /// <param name="baseUrl">The URL at which the output folder is served, or null for relative links.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <returns>What was indexed, written and skipped.</returns>
    /// <exception cref="DirectoryNotFoundException">The distributions folder does not exist.</exception>
    public StaticBuildResult Build(string distributionsDirectory, string outputDirectory, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(distributionsDirectory);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        if (!Directory.Exists(distributionsDirectory))
        {
            throw new DirectoryNotFoundException($"The distributions folder '{distributionsDirectory}' does not exist.");
        }

        var distributions = Path.GetFullPath(distributionsDirectory);
        var output = Path.GetFullPath(outputDirectory);
        var filesDirectory = Path.Combine(output, "files");
        var simpleDirectory = Path.Combine(output, "simple");
        Directory.CreateDirectory(filesDirectory);
        Directory.CreateDirectory(simpleDirectory);
        var manifestPath = Path.Combine(output, ManifestFileName);
        var manifest = LoadManifest(manifestPath);
        var problems = new List<BuildProblem>();
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var byProject = new Dictionary<string, List<(ManifestEntry Entry, IndexFile File)>>(StringComparer.Ordinal);
        var names = new Dictionary<string, ProjectName>(StringComparer.Ordinal);

        foreach (var path in Directory.EnumerateFiles(distributions, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = Path.GetFileName(path);
            if (fileName.EndsWith(YankedSuffix, StringComparison.Ordinal) || fileName.EndsWith(".metadata", StringComparison.Ordinal))
            {
                if (!File.Exists(path[..^(fileName.EndsWith(YankedSuffix, StringComparison.Ordinal) ? YankedSuffix.Length : ".metadata".Length)]))
                {
                    problems.Add(new BuildProblem(path, "A sidecar file without its distribution; ignored."));
                }

                continue;
            }

            ProjectName name;
            if (WheelFileName.TryParse(fileName, out var wheel))
            {
                name = wheel.Name;
            }
            else if (SdistFileName.TryParse(fileName, out var sdist))
            {
                name = sdist.Name;
            }
            else
            {
                problems.Add(new BuildProblem(path, "Not a wheel or source distribution file name; skipped."));
                continue;
            }

            if (entries.ContainsKey(fileName))
            {
                problems.Add(new BuildProblem(path, $"Another file is also named '{fileName}'; skipped."));
                continue;
            }

            var info = new FileInfo(path);
            ManifestEntry entry;
            if (manifest.TryGetValue(fileName, out var known) && known.Size == info.Length && known.ModifiedTicks == info.LastWriteTimeUtc.Ticks
                && File.Exists(Path.Combine(filesDirectory, fileName)) && File.Exists(Path.Combine(filesDirectory, fileName + ".metadata")))
            {
                entry = known;
            }
            else
            {
                try
                {
                    entry = Inspect(path, fileName, info, filesDirectory);
                }
                catch (Exception e) when (e is IndexException or IOException or UnauthorizedAccessException)
                {
                    problems.Add(new BuildProblem(path, e.Message + " Skipped."));
                    continue;
                }
            }

            var yankedPath = path + YankedSuffix;
            var yankedReason = File.Exists(yankedPath) ? ReadReason(yankedPath) : null;
            entries[fileName] = entry;
            var file = new IndexFile(fileName, FileUrl(baseUrl, fileName), entry.Size)
            {
                Hashes = new Dictionary<string, string>(StringComparer.Ordinal) { ["sha256"] = entry.Sha256 },
                UploadTime = new DateTimeOffset(entry.ModifiedTicks, TimeSpan.Zero),
                RequiresPython = entry.RequiresPython,
                Yanked = yankedReason is not null,
                YankedReason = string.IsNullOrEmpty(yankedReason) ? null : yankedReason,
                CoreMetadataHashes = new Dictionary<string, string>(StringComparer.Ordinal) { ["sha256"] = entry.MetadataSha256 },
            };
            if (!byProject.TryGetValue(name.Normalized, out var list))
            {
                byProject[name.Normalized] = list = [];
                names[name.Normalized] = name;
            }

            list.Add((entry, file));
        }

        var projects = byProject.Select(pair => new IndexProject(names[pair.Key], pair.Value.Select(f => f.File).OrderBy(f => f.FileName, StringComparer.Ordinal).ToArray()))
            .ToArray();
        var result = writer.WriteAll(projects, simpleDirectory, cancellationToken);

        var removedFiles = 0;
        foreach (var path in Directory.EnumerateFiles(filesDirectory))
        {
            var fileName = Path.GetFileName(path);
            var distribution = fileName.EndsWith(".metadata", StringComparison.Ordinal) ? fileName[..^".metadata".Length] : fileName;
            if (!entries.ContainsKey(distribution))
            {
                File.Delete(path);
                removedFiles++;
            }
        }

        SaveManifest(manifestPath, entries);
        return new StaticBuildResult(entries.Count, projects.Length, result.PagesWritten, result.PagesUnchanged, result.PagesRemoved, removedFiles, problems);
    }

    private ManifestEntry Inspect(string path, string fileName, FileInfo info, string filesDirectory)
    {
        byte[] metadata;
        string sha256;
        string? requiresPython;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            var (raw, parsed) = DistributionArchive.ReadMetadata(stream, fileName, limits);
            metadata = raw;
            requiresPython = parsed.RequiresPython?.ToString();
            stream.Position = 0;
            sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        var copy = Path.Combine(filesDirectory, fileName);
        File.Copy(path, copy, overwrite: true);
        File.WriteAllBytes(copy + ".metadata", metadata);
        return new ManifestEntry(info.Length, info.LastWriteTimeUtc.Ticks, sha256, Convert.ToHexStringLower(SHA256.HashData(metadata)), requiresPython);
    }

    // A yank reason is free text for humans: the first 1,000 characters of the sidecar file, trimmed.
    private static string ReadReason(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var buffer = new char[1000];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read).Trim();
    }

    private static string FileUrl(Uri? baseUrl, string fileName)
    {
        var escaped = Uri.EscapeDataString(fileName);
        if (baseUrl is null)
        {
            return "../../files/" + escaped;
        }

        var text = baseUrl.ToString();
        return text + (text.EndsWith('/') ? string.Empty : "/") + "files/" + escaped;
    }

    private static Dictionary<string, ManifestEntry> LoadManifest(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                return JsonSerializer.Deserialize<Dictionary<string, ManifestEntry>>(File.ReadAllBytes(path), ManifestJson) ?? [];
            }
        }
        catch (JsonException)
        {
            // A damaged manifest only costs a full re-read of the distributions.
        }

        return [];
    }

    private static void SaveManifest(string path, Dictionary<string, ManifestEntry> entries)
    {
        var sorted = new SortedDictionary<string, ManifestEntry>(entries, StringComparer.Ordinal);
        StaticIndexWriter.WriteIfChanged(path, JsonSerializer.SerializeToUtf8Bytes(sorted, ManifestJson), true);
    }

    internal sealed record ManifestEntry(long Size, long ModifiedTicks, string Sha256, string MetadataSha256, string? RequiresPython);
}

/// <summary>A file the static build could not index, and why.</summary>
/// <param name="Path">The file.</param>
/// <param name="Message">What was wrong.</param>
public sealed record BuildProblem(string Path, string Message);

/// <summary>What a static build did.</summary>
/// <param name="FilesIndexed">Distributions in the index.</param>
/// <param name="Projects">Projects in the index.</param>
/// <param name="PagesWritten">Page files created or replaced.</param>
/// <param name="PagesUnchanged">Page files already right.</param>
/// <param name="PagesRemoved">Page files removed (projects that left the index).</param>
/// <param name="FilesRemoved">Distribution and metadata copies removed.</param>
/// <param name="Problems">Files that were skipped, and why.</param>
public sealed record StaticBuildResult(int FilesIndexed, int Projects, int PagesWritten, int PagesUnchanged, int PagesRemoved, int FilesRemoved, IReadOnlyList<BuildProblem> Problems);
