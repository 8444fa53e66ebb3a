using System.Text.RegularExpressions;
using Bonded.Scanning.Checks;

namespace Bonded.Scanning.Tests;

public sealed class PackageScannerTests
{
    // A regex time-out inside one check is a reported limit: the findings made before it and the other checks' findings stay.
    [Fact]
    public async Task A_pattern_time_out_ends_its_check_with_a_limit_finding_and_the_scan_goes_on()
    {
        var scanner = new PackageScanner(checks: [new TimingOutCheck(), new NamingCheck()]);
        var report = await scanner.ScanAsync(new MemoryStream(Packages.Sdist(("demo_pkg/util.py", "x = 1\n"))), "demo-pkg-1.0.tar.gz");

        Assert.Contains(report.Findings, f => f.CheckId == "timing-out" && f.Message == "before the time-out");
        Assert.Contains(report.Findings, f => f.CheckId == "naming");
        var limit = Assert.Single(report.Findings, f => f.CheckId == CheckIds.ArchiveLimit);
        Assert.Contains("'timing-out' stopped", limit.Message, StringComparison.Ordinal);
        Assert.Contains("0.25 s", limit.Message, StringComparison.Ordinal);
        Assert.NotEqual(Verdict.Benign, report.Verdict);
    }

    private sealed class TimingOutCheck : IPackageCheck
    {
        public string Id => "timing-out";

        public string Description => "Times out after one finding.";

        public Severity Severity => Severity.Info;

        public Confidence Confidence => Confidence.Low;

        public IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
        {
            yield return new Finding(Id, Severity.Info, Confidence.Low, "before the time-out", "evidence");
            throw new RegexMatchTimeoutException("aaaa", "(a+)+$", TimeSpan.FromMilliseconds(250));
        }
    }

    private sealed class NamingCheck : IPackageCheck
    {
        public string Id => "naming";

        public string Description => "Names the package.";

        public Severity Severity => Severity.Info;

        public Confidence Confidence => Confidence.Low;

        public IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken) =>
            [new Finding(Id, Severity.Info, Confidence.Low, "seen", package.FileName)];
    }
}
