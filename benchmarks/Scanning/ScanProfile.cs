using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bonded.Scanning;

namespace Bonded.Benchmarks.Scanning;

/// <summary>
/// <c>scan-profile DIR [--sdists] [--repeat N] [--fingerprint FILE] [--phases]</c>: scans every archive under DIR from memory,
/// one at a time on one thread, and prints the CPU time per compressed MB (for <c>perf record</c> runs and quick
/// before/after comparisons). With <c>--fingerprint</c> it writes every archive's verdict, score and findings
/// (sorted) to FILE, so two builds can be compared with <c>diff</c>: a speed change must not change any line. With
/// <c>--phases</c> it prints the wall time and allocation of each phase of a scan instead (reading, decoding, prefilter,
/// parse, facts, checks; the parsed files are tokenized once more on their own, to show the tokenizer's share).
/// </summary>
internal static class ScanProfile
{
    /// <summary>The command name dispatched from Program.cs.</summary>
    public const string Command = "scan-profile";

    private static readonly string[] Suffixes = [".whl", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip"];

    /// <summary>Runs the profile; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? root = null, fingerprint = null;
        var sdistsOnly = false;
        var phases = false;
        var repeat = 1;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--phases":
                    phases = true;
                    break;
                case "--sdists":
                    sdistsOnly = true;
                    break;
                case "--repeat" when i + 1 < args.Count:
                    repeat = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--fingerprint" when i + 1 < args.Count:
                    fingerprint = args[++i];
                    break;
                default:
                    root = args[i];
                    break;
            }
        }

        if (root is null || !Directory.Exists(root))
        {
            await error.WriteLineAsync("usage: scan-profile DIR [--sdists] [--repeat N] [--fingerprint FILE] [--phases]");
            return 2;
        }

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Suffixes.Any(s => f.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            .Where(f => !sdistsOnly || !f.EndsWith(".whl", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
            .ToList();
        var scanner = new PackageScanner();
        var lines = new List<string>(files.Count);
        for (var warm = 0; warm < 2; warm++)
        {
            foreach (var (name, bytes) in files.Take(20))
            {
                await scanner.ScanAsync(new MemoryStream(bytes, writable: false), name);
            }
        }

        var megabytes = files.Sum(f => (double)f.Bytes.Length) / 1e6;
        if (phases)
        {
            Phases(files, scanner, output, repeat);
            return 0;
        }

        for (var r = 0; r < repeat; r++)
        {
            lines.Clear();
            var cpu = Environment.CpuUsage.TotalTime;
            var started = Stopwatch.GetTimestamp();
            var gcStarted = GC.GetTotalAllocatedBytes();
            var pauseStarted = GC.GetTotalPauseDuration();
            foreach (var (name, bytes) in files)
            {
                var report = await scanner.ScanAsync(new MemoryStream(bytes, writable: false), name);
                if (fingerprint is not null)
                {
                    lines.Add(Fingerprint(report));
                }
            }

            var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var allocated = (GC.GetTotalAllocatedBytes() - gcStarted) / 1e6;
            var paused = (GC.GetTotalPauseDuration() - pauseStarted).TotalSeconds;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{files.Count} archives, {megabytes:F1} MB: wall {wall:F2} s, CPU {cpuSeconds:F2} s = {megabytes / cpuSeconds:F1} MB per CPU-second; allocated {allocated:F0} MB, GC paused {paused:F2} s; gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        }

        if (fingerprint is not null)
        {
            await File.WriteAllLinesAsync(fingerprint, lines);
        }

        return 0;
    }

    // Time and allocation of each phase of a scan, the phases run one after another as PackageScanner runs them.
    private static void Phases(List<(string Name, byte[] Bytes)> files, PackageScanner scanner, TextWriter output, int repeat)
    {
        string[] names = ["sha256", "read archive", "build package", "decode text", "prefilter", "parse (module)", "facts", "checks", "(tokenize again)"];
        for (var r = 0; r < repeat; r++)
        {
            var ticks = new long[names.Length];
            var perCheck = new Dictionary<string, long>(StringComparer.Ordinal);
            var bytes = new long[names.Length];
            var phase = 0;
            long retained = 0, nestedBytes = 0;
            var worst = new List<(string Name, long Extra, int Entries)>();
            var mark = Stopwatch.GetTimestamp();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            void Next()
            {
                var now = Stopwatch.GetTimestamp();
                var nowAllocated = GC.GetAllocatedBytesForCurrentThread();
                ticks[phase] += now - mark;
                bytes[phase] += nowAllocated - allocated;
                mark = now;
                allocated = nowAllocated;
            }

            foreach (var (name, content) in files)
            {
                var stream = new MemoryStream(content, writable: false);
                phase = 0;
                mark = Stopwatch.GetTimestamp();
                allocated = GC.GetAllocatedBytesForCurrentThread();
                _ = System.Security.Cryptography.SHA256.HashData(stream);
                stream.Position = 0;
                Next();
                phase = 1;
                // Content in a pooled arena, as PackageScanner reads it; returned when the archive's checks are done.
                using var arena = new Bonded.Scanning.Archives.ContentArena();
                var read = new Bonded.Scanning.Archives.ArchiveReader(new Bonded.Scanning.ArchiveLimits(), Bonded.Scanning.Archives.PackageReader.Retain, CancellationToken.None, arena).Read(stream, name);
                var before = bytes[1];
                Next();
                worst.Add((name, bytes[1] - before, read.Entries.Count));
                retained += read.Entries.Sum(e => (long)(e.Content?.Length ?? 0));
                nestedBytes += read.Entries.Where(e => e.Content is not null && !Bonded.Scanning.Archives.PackageReader.Retain(e.Path)).Sum(e => (long)e.Content!.Value.Length);
                phase = 2;
                var package = Bonded.Scanning.Archives.PackageReader.Build(name, read, null, arena);
                Next();
                foreach (var file in package.Files)
                {
                    phase = 4;
                    var worth = file.IsPython && file.HasText && file.WorthParsing;
                    Next();
                    if (worth)
                    {
                        phase = 3;
                        _ = file.Text;
                        Next();
                        phase = 8;
                        _ = Bonded.Scanning.Python.PythonTokenizer.Tokenize(file.Text!);
                        Next();
                        phase = 5;
                        _ = file.Module;
                        Next();
                        phase = 6;
                        _ = file.Facts;
                        Next();
                    }
                }

                phase = 7;
                foreach (var check in scanner.Checks)
                {
                    var started = Stopwatch.GetTimestamp();
                    foreach (var finding in check.Check(package, CancellationToken.None))
                    {
                        _ = finding;
                    }

                    perCheck[check.Id] = perCheck.GetValueOrDefault(check.Id) + Stopwatch.GetTimestamp() - started;
                }

                Next();
            }

            for (var i = 0; i < names.Length; i++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[i],-16} {ticks[i] * 1000.0 / Stopwatch.Frequency,8:F0} ms {bytes[i] / 1e6,8:F0} MB"));
            }

            foreach (var (id, spent) in perCheck.OrderByDescending(p => p.Value))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  check {id,-24} {spent * 1000.0 / Stopwatch.Frequency,8:F0} ms"));
            }

            foreach (var w in worst.OrderByDescending(w => w.Extra).Take(8))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {w.Name}: {w.Extra / 1e6:F1} MB allocated while reading (content in the arena not counted), {w.Entries} entries"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retained {retained / 1e6:F0} MB, of which nested archives {nestedBytes / 1e6:F0} MB"));
            output.WriteLine();
        }
    }

    private static string Fingerprint(ScanReport report)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{report.FileName}\t{report.Verdict}\t{report.Confidence}\t{report.Score:R}\t{report.FileCount}\t{report.ProjectName}\t{report.Version}");
        foreach (var finding in report.Findings.Concat(report.Suppressed).Select(f => f.ToString() + " | " + f.Severity + " | " + f.Confidence + " | " + f.Evidence + " | " + f.FileSha256).Order(StringComparer.Ordinal))
        {
            builder.Append("\n    ").Append(finding.ReplaceLineEndings("\\n"));
        }

        return builder.ToString();
    }
}
