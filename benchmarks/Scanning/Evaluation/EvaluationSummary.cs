using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bonded.Scanning;

namespace Bonded.Benchmarks.Scanning.Evaluation;

/// <summary>The scores of one evaluation run, as text for people and JSON for tools.</summary>
internal sealed class EvaluationSummary
{
    private const int EvidenceWidth = 160;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required SideScore Malicious { get; init; }

    public required SideScore Benign { get; init; }

    /// <summary>Malicious samples (not archives) with at least one flagged archive, over all samples.</summary>
    public required double SampleRecall { get; init; }

    public required int Samples { get; init; }

    public required int SamplesDetected { get; init; }

    /// <summary>Check id to the number of archives of each side with at least one finding of that check.</summary>
    public required SortedDictionary<string, CheckCount> PerCheck { get; init; }

    public required IReadOnlyList<ArchiveOutcome> FalseNegatives { get; init; }

    public required IReadOnlyList<ArchiveOutcome> FalsePositives { get; init; }

    /// <summary>Malicious archives that were flagged but missed a check their sample expects.</summary>
    public required IReadOnlyList<MissedChecks> MissedExpectedChecks { get; init; }

    /// <summary>Findings without evidence (every finding must carry some).</summary>
    public required int FindingsWithoutEvidence { get; init; }

    public required Throughput BenignThroughput { get; init; }

    public required Throughput BenignSdistThroughput { get; init; }

    public static EvaluationSummary From(IReadOnlyList<ScannedArchive> results, IEnumerable<string> checkIds)
    {
        var malicious = results.Where(r => r.Archive.Side == "malicious").ToList();
        var benign = results.Where(r => r.Archive.Side == "benign").ToList();
        var perCheck = new SortedDictionary<string, CheckCount>(StringComparer.Ordinal);
        foreach (var id in checkIds)
        {
            perCheck[id] = new CheckCount();
        }

        foreach (var result in results)
        {
            foreach (var id in result.Report?.Findings.Select(f => f.CheckId).Distinct(StringComparer.Ordinal) ?? [])
            {
                var count = perCheck.TryGetValue(id, out var existing) ? existing : perCheck[id] = new CheckCount();
                if (result.Archive.Side == "malicious")
                {
                    count.Malicious++;
                }
                else
                {
                    count.Benign++;
                }
            }
        }

        var samples = malicious.GroupBy(r => r.Archive.Sample, StringComparer.Ordinal).ToList();
        var detected = samples.Count(g => g.Any(r => r.Flagged));
        return new EvaluationSummary
        {
            Malicious = SideScore.From(malicious),
            Benign = SideScore.From(benign),
            Samples = samples.Count,
            SamplesDetected = detected,
            SampleRecall = samples.Count == 0 ? 0 : (double)detected / samples.Count,
            PerCheck = perCheck,
            FalseNegatives = malicious.Where(r => !r.Flagged || !MeetsExpectedVerdict(r)).Select(ArchiveOutcome.From).ToList(),
            FalsePositives = benign.Where(r => r.Flagged).Select(ArchiveOutcome.From).ToList(),
            MissedExpectedChecks = malicious
                .Where(r => r.Flagged && r.Archive.Expected is not null && r.Report is not null)
                .Select(r => new MissedChecks(r.Archive.Sample, r.Archive.FileName,
                    r.Archive.Expected!.Checks.Except(r.Report!.Findings.Select(f => f.CheckId), StringComparer.Ordinal).ToList()))
                .Where(m => m.Missing.Count > 0)
                .ToList(),
            FindingsWithoutEvidence = results.Sum(r => r.Report?.Findings.Count(f => string.IsNullOrWhiteSpace(f.Evidence)) ?? 0),
            BenignThroughput = Throughput.From(benign),
            BenignSdistThroughput = Throughput.From(benign.Where(r => r.Archive.Format == "sdist").ToList()),
        };
    }

    // A sample labelled "threat" that only reached "indeterminate" is still caught (flagged for a moderator), but is
    // listed among the misses so the weights can be tuned; a sample labelled "indeterminate" is met by any flag.
    private static bool MeetsExpectedVerdict(ScannedArchive result) =>
        result.Archive.Expected?.Verdict != "threat" || result.Report is null || result.Report.Verdict == Verdict.Threat;

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";

    public string ToText()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("Bonded.Scanning evaluation (flagged = indeterminate or threat)");
        text.AppendLine(c, $"  malicious: {Malicious.Archives} archives from {Samples} samples; flagged {Malicious.Flagged} " +
            $"(threat {Malicious.Threat}, indeterminate {Malicious.Indeterminate}, scan errors {Malicious.Errors})");
        text.AppendLine(c, $"             recall {Malicious.FlaggedRate:P2} of archives, {SampleRecall:P2} of samples ({SamplesDetected}/{Samples})");
        text.AppendLine(c, $"  benign:    {Benign.Archives} archives; flagged {Benign.Flagged} (threat {Benign.Threat}, " +
            $"indeterminate {Benign.Indeterminate}, scan errors {Benign.Errors})");
        text.AppendLine(c, $"             false-positive rate {Benign.FlaggedRate:P3}");
        text.AppendLine(c, $"  findings without evidence: {FindingsWithoutEvidence}");
        text.AppendLine();
        text.AppendLine("Per check (archives with at least one finding)");
        text.AppendLine(c, $"  {"check",-28} {"malicious",10} {"benign",8}");
        foreach (var (id, count) in PerCheck)
        {
            text.AppendLine(c, $"  {id,-28} {count.Malicious,10} {count.Benign,8}");
        }

        text.AppendLine();
        AppendThroughput(text, "benign, all archives", BenignThroughput);
        AppendThroughput(text, "benign sdists", BenignSdistThroughput);
        AppendOutcomes(text, "False negatives (not flagged, or a threat sample below threat)", FalseNegatives);
        AppendOutcomes(text, "False positives", FalsePositives);
        if (MissedExpectedChecks.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(c, $"Flagged, but without a check the sample expects ({MissedExpectedChecks.Count})");
            foreach (var missed in MissedExpectedChecks)
            {
                text.AppendLine(c, $"  {missed.Sample} ({missed.FileName}): {string.Join(", ", missed.Missing)}");
            }
        }

        return text.ToString();
    }

    private static void AppendThroughput(StringBuilder text, string label, Throughput throughput) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Throughput, {label}: {throughput.Archives} archives, {throughput.Megabytes:F1} MB in {throughput.Seconds:F2} s = " +
            $"{throughput.MegabytesPerSecond:F1} MB/s on one thread; median {throughput.MedianMilliseconds:F2} ms, " +
            $"p95 {throughput.P95Milliseconds:F2} ms, max {throughput.MaxMilliseconds:F1} ms ({throughput.Slowest}); " +
            $"CPU {throughput.CpuSeconds:F2} s = {throughput.MegabytesPerCpuSecond:F1} MB per CPU-second, median {throughput.MedianCpuMilliseconds:F2} ms CPU");

    private static void AppendOutcomes(StringBuilder text, string title, IReadOnlyList<ArchiveOutcome> outcomes)
    {
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {outcomes.Count}");
        foreach (var outcome in outcomes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {outcome.Sample} [{outcome.FileName}] -> {outcome.Verdict} ({outcome.Confidence}), score {outcome.Score:F2}");
            if (outcome.Error is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"      scan error: {outcome.Error}");
            }

            foreach (var finding in outcome.Findings)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"      {finding.Check} [{finding.Severity}/{finding.Confidence}] {finding.Location}: {finding.Message}");
                text.AppendLine(CultureInfo.InvariantCulture, $"        > {finding.Evidence}");
            }
        }
    }

    internal static string Shorten(string evidence)
    {
        var flat = evidence.ReplaceLineEndings(" ").Trim();
        return flat.Length <= EvidenceWidth ? flat : string.Concat(flat.AsSpan(0, EvidenceWidth - 1), "…");
    }
}

/// <summary>How many archives of each side a check fired on.</summary>
internal sealed class CheckCount
{
    public int Malicious { get; set; }

    public int Benign { get; set; }
}

/// <summary>Verdict counts of one side of the corpus.</summary>
internal sealed record SideScore(int Archives, int Flagged, int Threat, int Indeterminate, int Errors, double FlaggedRate)
{
    public static SideScore From(IReadOnlyList<ScannedArchive> results)
    {
        var flagged = results.Count(r => r.Flagged);
        return new SideScore(
            results.Count,
            flagged,
            results.Count(r => r.Report?.Verdict == Verdict.Threat),
            results.Count(r => r.Report?.Verdict == Verdict.Indeterminate),
            results.Count(r => r.Error is not null),
            results.Count == 0 ? 0 : (double)flagged / results.Count);
    }
}

/// <summary>Scan speed over a set of archives (one thread, archives already in memory).</summary>
internal sealed record Throughput(int Archives, double Megabytes, double Seconds, double MegabytesPerSecond,
    double MedianMilliseconds, double P95Milliseconds, double MaxMilliseconds, string? Slowest,
    double CpuSeconds, double MegabytesPerCpuSecond, double MedianCpuMilliseconds)
{
    public static Throughput From(IReadOnlyList<ScannedArchive> results)
    {
        if (results.Count == 0)
        {
            return new Throughput(0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0);
        }

        var milliseconds = results.Select(r => r.Elapsed.TotalMilliseconds).Order().ToList();
        var megabytes = results.Sum(r => r.Bytes) / 1e6;
        var seconds = results.Sum(r => r.Elapsed.TotalSeconds);
        var slowest = results.MaxBy(r => r.Elapsed)!;
        var cpuSeconds = results.Sum(r => r.Cpu.TotalSeconds);
        var cpuMilliseconds = results.Select(r => r.Cpu.TotalMilliseconds).Order().ToList();
        return new Throughput(results.Count, megabytes, seconds, seconds > 0 ? megabytes / seconds : 0,
            Percentile(milliseconds, 0.5), Percentile(milliseconds, 0.95), milliseconds[^1], slowest.Archive.FileName,
            cpuSeconds, cpuSeconds > 0 ? megabytes / cpuSeconds : 0, Percentile(cpuMilliseconds, 0.5));
    }

    private static double Percentile(List<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}

/// <summary>A misclassified archive with the evidence behind its verdict.</summary>
internal sealed record ArchiveOutcome(string Sample, string FileName, string Verdict, string Confidence, double Score,
    IReadOnlyList<ReportedFinding> Findings, string? Error)
{
    public static ArchiveOutcome From(ScannedArchive result) => new(
        result.Archive.Sample,
        result.Archive.FileName,
        result.Report?.Verdict.ToString().ToLowerInvariant() ?? "error",
        result.Report?.Confidence.ToString().ToLowerInvariant() ?? "-",
        result.Report?.Score ?? 0,
        result.Report?.Findings.Select(ReportedFinding.From).ToList() ?? [],
        result.Error is null ? null : $"{result.Error.GetType().Name}: {result.Error.Message}");
}

/// <summary>One finding as the evaluation prints it.</summary>
internal sealed record ReportedFinding(string Check, string Severity, string Confidence, string Location, string Message, string Evidence)
{
    public static ReportedFinding From(Finding finding) => new(
        finding.CheckId,
        finding.Severity.ToString().ToLowerInvariant(),
        finding.Confidence.ToString().ToLowerInvariant(),
        finding.Line is { } line ? $"{finding.File}:{line.ToString(CultureInfo.InvariantCulture)}" : finding.File ?? "(package)",
        finding.Message,
        EvaluationSummary.Shorten(finding.Evidence));
}

/// <summary>A flagged malicious archive that lacks some of the checks its sample expects.</summary>
internal sealed record MissedChecks(string Sample, string FileName, IReadOnlyList<string> Missing);
