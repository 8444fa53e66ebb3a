using System.Globalization;
using System.Text;

namespace Bonded.Scanning.Tests.Corpus;

/// <summary>
/// The fast half of the evaluation: every inert malicious sample, packed as the sdist and wheel an attacker would
/// upload, must be flagged (recall at least 95%) with evidence on every finding, and every benign look-alike must
/// stay benign. The benign corpus of real packages is scored by <c>benchmarks scan-eval</c>.
/// </summary>
public class CorpusRecallTests
{
    private const double RequiredRecall = 0.95;

    public static TheoryData<string> BenignTrickySamples() => CorpusSampleTests.BenignTrickySamples();

    [Fact]
    public async Task Scanner_flags_at_least_95_percent_of_malicious_archives_and_every_finding_has_evidence()
    {
        var scanner = new PackageScanner();
        var samples = CorpusSample.LoadAll(CorpusSampleTests.MaliciousRoot);
        var scanned = 0;
        var misses = new StringBuilder();
        var missed = 0;
        foreach (var sample in samples)
        {
            foreach (var artifact in sample.Pack())
            {
                using var stream = new MemoryStream(artifact.Content, writable: false);
                var report = await scanner.ScanAsync(stream, artifact.FileName);
                scanned++;
                Assert.All(report.Findings, finding =>
                {
                    Assert.False(string.IsNullOrWhiteSpace(finding.Evidence), $"{sample.Name}: {finding.CheckId} finding has no evidence");
                    Assert.False(string.IsNullOrWhiteSpace(finding.Message), $"{sample.Name}: {finding.CheckId} finding has no message");
                });
                if (report.Verdict == Verdict.Benign)
                {
                    missed++;
                    var findings = string.Join("; ", report.Findings.Select(f => $"{f.CheckId} {f.File}:{f.Line} {f.Evidence}"));
                    misses.AppendLine(CultureInfo.InvariantCulture, $"{sample.Name} [{artifact.FileName}]: benign, findings: {findings}");
                }
            }
        }

        var recall = (double)(scanned - missed) / scanned;
        Assert.True(recall >= RequiredRecall, $"recall {recall:P1} ({scanned - missed}/{scanned}); missed:\n{misses}");
    }

    [Theory]
    [MemberData(nameof(BenignTrickySamples))]
    public async Task Benign_look_alike_is_benign(string name)
    {
        var scanner = new PackageScanner();
        var sample = CorpusSample.Load(Path.Combine(CorpusSampleTests.BenignTrickyRoot, name));
        foreach (var artifact in sample.Pack())
        {
            using var stream = new MemoryStream(artifact.Content, writable: false);
            var report = await scanner.ScanAsync(stream, artifact.FileName);
            Assert.True(report.Verdict == Verdict.Benign,
                $"{artifact.FileName}: {report.Verdict}: " + string.Join("; ", report.Findings.Select(f => $"{f.CheckId} {f.File}:{f.Line} {f.Evidence}")));
        }
    }
}
