using System.CommandLine;
using System.Globalization;
using Bonded.Scanning;

namespace Bonded.Cli;

/// <summary>bonded scan (issue 6): scans distributions; exit 0 when all are benign, 1 when any is flagged, 2 on an error.</summary>
internal static class ScanCommand
{
    private static readonly string[] DistributionExtensions = [".whl", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip", ".egg", ".tar"];

    public static IEnumerable<Command> Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Distributions (wheels, sdists) or folders holding them.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output: text, json (one object per line) or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var previous = new Option<string?>("--previous") { Description = "The previous release of the project, to report what the new one adds at install or import time." };
        var command = new Command("scan", "Scan Python distributions for malicious code; exit 0 when all are benign, 1 when any is flagged, 2 on an error.") { paths, format, previous };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(previous), cancellationToken));
        return [command];
    }

    private static async Task<int> RunAsync(string[] paths, string format, string? previous, CancellationToken cancellationToken)
    {
        var errors = 0;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DistributionExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                await Console.Error.WriteLineAsync($"bonded scan: no such file or folder: {path}").ConfigureAwait(false);
                errors++;
            }
        }

        if (previous is not null && !File.Exists(previous))
        {
            await Console.Error.WriteLineAsync($"bonded scan: no such file: {previous}").ConfigureAwait(false);
            return 2;
        }

        var scanner = new PackageScanner();
        var context = previous is null ? null : new ScanContext { PreviousReleasePath = previous };
        var reports = new ScanReport?[files.Count];
        var progress = files.Count > 1 && !Console.IsErrorRedirected;
        var done = 0;
        await Parallel.ForAsync(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (i, token) =>
        {
            try
            {
                reports[i] = await scanner.ScanFileAsync(files[i], context, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"bonded scan: cannot read {files[i]}: {ex.Message}").ConfigureAwait(false);
                Interlocked.Increment(ref errors);
            }

            var count = Interlocked.Increment(ref done);
            if (progress)
            {
                lock (reports)
                {
                    Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r\u001b[Kscanning {count}/{files.Count} {Path.GetFileName(files[i])}"));
                }
            }
        }).ConfigureAwait(false);
        if (progress)
        {
            Console.Error.Write("\r\u001b[K");
        }

        var scanned = reports.Where(r => r is not null).Cast<ScanReport>().ToList();
        switch (format)
        {
            case "json":
                foreach (var report in scanned)
                {
                    Console.Out.WriteLine(report.ToJson());
                }

                break;
            case "sarif":
                Console.Out.WriteLine(ScanReport.ToSarif(scanned));
                break;
            default:
                WriteText(scanned);
                break;
        }

        return errors > 0 ? 2 : scanned.Any(r => r.IsFlagged) ? 1 : 0;
    }

    private static void WriteText(List<ScanReport> reports)
    {
        var output = Console.Out;
        foreach (var report in reports)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.FileName}: {report.Verdict.ToString().ToLowerInvariant()} ({report.Confidence.ToString().ToLowerInvariant()} confidence, score {report.Score:0.##}, {report.Findings.Count} finding(s), {report.Elapsed.TotalMilliseconds:0} ms)"));
            foreach (var finding in report.Findings)
            {
                var where = finding.File is null ? "" : finding.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $" {finding.File}:{line}") : " " + finding.File;
                output.WriteLine($"  [{finding.Severity.ToString().ToLowerInvariant()}/{finding.Confidence.ToString().ToLowerInvariant()}] {finding.CheckId}{where}: {finding.Message}");
                output.WriteLine($"      {finding.Evidence}");
            }
        }

        var flagged = reports.Count(r => r.IsFlagged);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reports.Count} scanned, {flagged} flagged."));
    }
}
