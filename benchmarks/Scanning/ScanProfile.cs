using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bonded.Scanning;

namespace Bonded.Benchmarks.Scanning;

/// <summary>
/// <c>scan-profile DIR [--sdists] [--repeat N] [--fingerprint FILE]</c>: scans every archive under DIR from memory,
/// one at a time on one thread, and prints the CPU time per compressed MB (for <c>perf record</c> runs and quick
/// before/after comparisons). With <c>--fingerprint</c> it writes every archive's verdict, score and findings
/// (sorted) to FILE, so two builds can be compared with <c>diff</c>: a speed change must not change any line.
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
        var repeat = 1;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
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
            await error.WriteLineAsync("usage: scan-profile DIR [--sdists] [--repeat N] [--fingerprint FILE]");
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
        for (var r = 0; r < repeat; r++)
        {
            lines.Clear();
            var cpu = Environment.CpuUsage.TotalTime;
            var started = Stopwatch.GetTimestamp();
            var gcStarted = GC.GetTotalAllocatedBytes();
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
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{files.Count} archives, {megabytes:F1} MB: wall {wall:F2} s, CPU {cpuSeconds:F2} s = {megabytes / cpuSeconds:F1} MB per CPU-second; allocated {allocated:F0} MB; gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        }

        if (fingerprint is not null)
        {
            await File.WriteAllLinesAsync(fingerprint, lines);
        }

        return 0;
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
