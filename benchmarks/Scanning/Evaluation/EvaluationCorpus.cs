using Bonded.Scanning.Tests.Corpus;

namespace Bonded.Benchmarks.Scanning.Evaluation;

/// <summary>One labelled archive to scan.</summary>
/// <param name="Side"><c>malicious</c> or <c>benign</c>.</param>
/// <param name="Sample">The sample it comes from (the file name for a loose archive).</param>
/// <param name="FileName">The name it is scanned under.</param>
/// <param name="Format"><c>sdist</c> or <c>wheel</c>.</param>
/// <param name="Expected">The sample's expectation, when it has one.</param>
/// <param name="Load">Reads the archive's bytes.</param>
internal sealed record LabelledArchive(string Side, string Sample, string FileName, string Format, CorpusExpectation? Expected, Func<byte[]> Load);

/// <summary>Finds the archives of each side of the labelled corpus.</summary>
internal static class EvaluationCorpus
{
    private static readonly string[] ArchiveSuffixes = [".whl", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip"];

    /// <summary>
    /// Sample trees (folders with an <c>expected.json</c>) are packed in memory into their sdist and wheel; any
    /// archive file found under a root is taken as it is. Ordered by path, so runs compare.
    /// </summary>
    public static IReadOnlyList<LabelledArchive> Load(string side, IEnumerable<string> roots, int? limit)
    {
        var archives = roots.SelectMany(root => Load(side, root)).ToList();
        return limit is { } n ? archives.Take(n).ToList() : archives;
    }

    private static List<LabelledArchive> Load(string side, string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"{side} corpus folder not found: {root}");
        }

        var archives = new List<LabelledArchive>();
        if (CorpusSample.IsSample(root))
        {
            AddSample(archives, side, CorpusSample.Load(root));
        }
        else
        {
            foreach (var directory in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (CorpusSample.IsSample(directory))
                {
                    AddSample(archives, side, CorpusSample.Load(directory));
                }
            }
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (IsArchive(file) && !InsideSample(root, file))
            {
                var name = Path.GetFileName(file);
                var format = name.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) ? "wheel" : "sdist";
                archives.Add(new LabelledArchive(side, Path.GetRelativePath(root, file), name, format, null, () => File.ReadAllBytes(file)));
            }
        }

        return archives;
    }

    private static void AddSample(List<LabelledArchive> archives, string side, CorpusSample sample)
    {
        // A look-alike sample (expected verdict "benign") counts on the benign side wherever it sits: flagging it is a
        // false positive, not a detection.
        if (string.Equals(sample.Expected.Verdict, "benign", StringComparison.Ordinal))
        {
            side = "benign";
        }

        foreach (var format in sample.Expected.Formats)
        {
            // Packed lazily, one at a time, so a decompression-bomb sample never sits in memory next to the others.
            Func<PackedArtifact> pack = format == "wheel" ? sample.PackWheel : sample.PackSdist;
            var fileName = format == "wheel"
                ? sample.PackWheel().FileName
                : sample.Expected.Archive?.Name ?? $"{sample.ProjectName}-{sample.Version}.tar.gz";
            archives.Add(new LabelledArchive(side, sample.Name, fileName, format, sample.Expected, () => pack().Content));
        }
    }

    private static bool IsArchive(string path) =>
        ArchiveSuffixes.Any(suffix => path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    private static bool InsideSample(string root, string file)
    {
        for (var directory = Path.GetDirectoryName(file); directory is not null && directory.Length >= root.Length; directory = Path.GetDirectoryName(directory))
        {
            if (CorpusSample.IsSample(directory))
            {
                return true;
            }
        }

        return false;
    }
}
