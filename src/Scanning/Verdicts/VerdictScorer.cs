namespace Bonded.Scanning.Verdicts;

/// <summary>
/// Combines findings into a verdict: each finding weighs severity × confidence (or the configured weight of its check),
/// each check counts once with its heaviest finding, and the sum is compared with the thresholds. Weak signals thus
/// raise a verdict only together.
/// </summary>
internal static class VerdictScorer
{
    public static double DefaultWeight(Finding finding)
    {
        var severity = finding.Severity switch
        {
            Severity.Info => 0.0,
            Severity.Low => 0.2,
            Severity.Medium => 0.5,
            Severity.High => 1.0,
            _ => 2.0,
        };
        var confidence = finding.Confidence switch
        {
            Confidence.Low => 0.5,
            Confidence.Medium => 0.75,
            _ => 1.0,
        };
        return severity * confidence;
    }

    public static double Weight(Finding finding, ScanOptions options) =>
        options.Weights.TryGetValue(finding.CheckId, out var scale) ? scale * DefaultWeight(finding) : DefaultWeight(finding);

    public static (Verdict Verdict, Confidence Confidence, double Score) Score(IReadOnlyList<Finding> findings, ScanOptions options)
    {
        var byCheck = new Dictionary<string, double>(StringComparer.Ordinal);
        var strongest = 0.0;
        foreach (var finding in findings)
        {
            var weight = Weight(finding, options);
            strongest = Math.Max(strongest, weight);
            byCheck[finding.CheckId] = Math.Max(byCheck.GetValueOrDefault(finding.CheckId), weight);
        }

        var score = Math.Round(byCheck.Values.Sum(), 4);
        if (score >= options.ThreatThreshold)
        {
            return (Verdict.Threat, strongest >= options.ThreatThreshold || score >= 2 * options.ThreatThreshold ? Confidence.High : Confidence.Medium, score);
        }

        if (score >= options.IndeterminateThreshold)
        {
            var middle = (options.IndeterminateThreshold + options.ThreatThreshold) / 2;
            return (Verdict.Indeterminate, score >= middle ? Confidence.Medium : Confidence.Low, score);
        }

        return (Verdict.Benign, score == 0 ? Confidence.High : score < options.IndeterminateThreshold / 2 ? Confidence.Medium : Confidence.Low, score);
    }
}
