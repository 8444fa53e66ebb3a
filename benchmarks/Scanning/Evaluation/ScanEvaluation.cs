using System.Diagnostics;
using System.Globalization;
using Bonded.Scanning;

namespace Bonded.Benchmarks.Scanning.Evaluation;

/// <summary>
/// <c>scan-eval --malicious DIR --benign DIR [--json] [--limit N] [--out FILE]</c>: scores <see cref="PackageScanner"/>
/// on a labelled corpus (recall, false-positive rate, per-check counts, every miss and false alarm with its
/// evidence, throughput).
/// </summary>
internal static class ScanEvaluation
{
    /// <summary>The command name dispatched from Program.cs before BenchmarkSwitcher.</summary>
    public const string Command = "scan-eval";

    private const string Usage =
        "usage: scan-eval --malicious DIR... --benign DIR... [--json] [--limit N] [--out FILE]\n" +
        "  --malicious DIR  sample trees (folders with expected.json, packed in memory) and/or archives; repeatable\n" +
        "  --benign DIR     archives (.whl, .tar.gz, .zip, ...), e.g. from tools/corpus/build-benign-corpus.sh; repeatable\n" +
        "  --json           print the result as one JSON document instead of text\n" +
        "  --limit N        scan at most N archives of each side (a quick look)\n" +
        "  --out FILE       also write the JSON result to FILE";

    /// <summary>Runs the evaluation; returns the process exit code (0 done, 2 usage or corpus error).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        List<string> malicious = [], benign = [];
        string? outFile = null;
        var json = false;
        int? limit = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--malicious" when i + 1 < args.Count:
                    malicious.Add(args[++i]);
                    break;
                case "--benign" when i + 1 < args.Count:
                    benign.Add(args[++i]);
                    break;
                case "--out" when i + 1 < args.Count:
                    outFile = args[++i];
                    break;
                case "--limit" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    limit = n;
                    i++;
                    break;
                case "--json":
                    json = true;
                    break;
                default:
                    await error.WriteLineAsync($"scan-eval: unexpected argument '{args[i]}'\n{Usage}");
                    return 2;
            }
        }

        if (malicious.Count == 0 || benign.Count == 0)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        IReadOnlyList<LabelledArchive> maliciousSide, benignSide;
        try
        {
            maliciousSide = EvaluationCorpus.Load("malicious", malicious, limit);
            benignSide = EvaluationCorpus.Load("benign", benign, limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync($"scan-eval: {e.Message}");
            return 2;
        }

        var scanner = new PackageScanner();
        var progress = Console.IsErrorRedirected ? null : error;
        var results = new List<ScannedArchive>(maliciousSide.Count + benignSide.Count);
        await WarmUpAsync(scanner, maliciousSide.Concat(benignSide), progress);
        foreach (var archive in maliciousSide.Concat(benignSide))
        {
            results.Add(await ScanOneAsync(scanner, archive));
            if (progress is not null && results.Count % 25 == 0)
            {
                await progress.WriteAsync($"\rscan-eval: {results.Count}/{maliciousSide.Count + benignSide.Count}");
            }
        }

        if (progress is not null)
        {
            await progress.WriteLineAsync();
        }

        var summary = EvaluationSummary.From(results, scanner.Checks.Select(c => c.Id));
        if (outFile is not null)
        {
            await File.WriteAllTextAsync(outFile, summary.ToJson());
        }

        await output.WriteAsync(json ? summary.ToJson() : summary.ToText());
        return 0;
    }

    // A fresh process runs its first scans in unoptimised (tier-0 and instrumented) code while the JIT compiles the
    // optimised code on background threads, whose CPU time the process CPU time counts: the first pass over this corpus
    // costs about twice the CPU of the next. Measure the steady state of a long-running scanner (an index host) by
    // scanning every archive once, untimed, before the timed pass.
    private static async Task WarmUpAsync(PackageScanner scanner, IEnumerable<LabelledArchive> archives, TextWriter? progress)
    {
        var count = 0;
        foreach (var archive in archives)
        {
            await ScanOneAsync(scanner, archive);
            if (progress is not null && ++count % 25 == 0)
            {
                await progress.WriteAsync($"\rscan-eval: warming up {count}");
            }
        }
    }

    // CPU time of the whole process (the scan and the garbage collector): on a machine shared with other work the
    // wall clock overstates the scanner's cost, so both are reported.
    private static TimeSpan ProcessorTime() => Environment.CpuUsage.TotalTime;

    private static async Task<ScannedArchive> ScanOneAsync(PackageScanner scanner, LabelledArchive archive)
    {
        var bytes = archive.Load();
        using var stream = new MemoryStream(bytes, writable: false);
        var cpuStarted = ProcessorTime();
        var started = Stopwatch.GetTimestamp();
        try
        {
            var report = await scanner.ScanAsync(stream, archive.FileName);
            return new ScannedArchive(archive, bytes.LongLength, Stopwatch.GetElapsedTime(started), ProcessorTime() - cpuStarted, report, null);
        }
        catch (Exception e) when (e is ScanException or IOException or InvalidDataException or NotSupportedException or FormatException)
        {
            // A scan that throws is a scanner bug the harness reports; it never stops the evaluation.
            return new ScannedArchive(archive, bytes.LongLength, Stopwatch.GetElapsedTime(started), ProcessorTime() - cpuStarted, null, e);
        }
    }
}

/// <summary>The outcome of scanning one labelled archive.</summary>
/// <param name="Archive">What was scanned.</param>
/// <param name="Bytes">Its size in bytes (compressed).</param>
/// <param name="Elapsed">How long the scan took (wall clock, the archive already in memory).</param>
/// <param name="Cpu">The processor time the process spent during the scan.</param>
/// <param name="Report">The scanner's report, unless it threw.</param>
/// <param name="Error">What the scanner threw, if it did.</param>
internal sealed record ScannedArchive(LabelledArchive Archive, long Bytes, TimeSpan Elapsed, TimeSpan Cpu, ScanReport? Report, Exception? Error)
{
    /// <summary>Flagged: the verdict is indeterminate or threat (a scan that threw counts as flagged for review).</summary>
    public bool Flagged => Report is null || Report.Verdict != Verdict.Benign;
}
