using System.Globalization;
using Bonded.Index.Names;
using Bonded.Index.Pages;

namespace Bonded.Benchmarks.Index;

/// <summary>Real PyPI names (read at benchmark time, never committed) and a synthetic catalogue of file records over them.</summary>
internal static class Catalogue
{
    public const string NamesPath = "/work/shared/data/pypi-all-names.txt";

    private static ProjectName[]? names;

    /// <summary>Every valid name of the PyPI name list, sorted by normalized name, de-duplicated.</summary>
    public static ProjectName[] Names()
    {
        if (names is null)
        {
            var path = Environment.GetEnvironmentVariable("BONDED_PYPI_NAMES") ?? NamesPath;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<ProjectName>(900_000);
            foreach (var line in File.ReadLines(path))
            {
                if (ProjectName.TryParse(line.Trim(), out var name) && seen.Add(name.Normalized))
                {
                    list.Add(name);
                }
            }

            var array = list.ToArray();
            Array.Sort(array);
            names = array;
        }

        return names;
    }

    /// <summary>A synthetic catalogue: every real name, <paramref name="totalFiles"/> files spread over them (wheels and sdists).</summary>
    public static IndexProject[] Projects(int totalFiles = 3_000_000, int? projectCount = null)
    {
        var all = Names();
        var count = projectCount ?? all.Length;
        var projects = new IndexProject[count];
        var upload = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        long serial = 0;
        for (var p = 0; p < count; p++)
        {
            var name = all[p];
            var files = (int)(((long)(p + 1) * totalFiles / count) - ((long)p * totalFiles / count));
            var list = new IndexFile[files];
            var stem = name.FileNameForm;
            for (var f = 0; f < files; f++)
            {
                var version = $"{1 + (f / 2)}.{f % 2}.0";
                var fileName = f % 2 == 0 ? $"{stem}-{version}-py3-none-any.whl" : $"{stem}-{version}.tar.gz";
                serial++;
                list[f] = FileRecord(fileName, serial, upload.AddMinutes(serial));
            }

            projects[p] = new IndexProject(name, list);
        }

        return projects;
    }

    public static IndexFile FileRecord(string fileName, long serial, DateTimeOffset upload) => new(fileName, "../../files/" + fileName, 10_000 + (serial % 100_000))
    {
        Hashes = new Dictionary<string, string>(1) { ["sha256"] = Hex(serial) },
        CoreMetadataHashes = fileName.EndsWith(".whl", StringComparison.Ordinal) ? new Dictionary<string, string>(1) { ["sha256"] = Hex(~serial) } : null,
        RequiresPython = ">=3.8",
        UploadTime = upload,
    };

    // A deterministic 64-hex-digit stand-in for a sha256 digest.
    private static string Hex(long seed)
    {
        var x = (ulong)seed;
        return string.Create(64, x, static (span, state) =>
        {
            for (var i = 0; i < 4; i++)
            {
                state = (state * 6364136223846793005UL) + 1442695040888963407UL;
                state.TryFormat(span.Slice(i * 16, 16), out _, "x16", CultureInfo.InvariantCulture);
            }
        });
    }
}
