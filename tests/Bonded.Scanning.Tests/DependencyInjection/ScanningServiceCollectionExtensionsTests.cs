using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bonded.Scanning.Tests.DependencyInjection;

public sealed class ScanningServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Registers_a_scanner_with_the_built_in_checks_and_plugged_in_ones()
    {
        var services = new ServiceCollection().AddPackageScanning(o => o.IndeterminateThreshold = 0.4).AddPackageScanning().AddPackageCheck<AlwaysCheck>();
        using var provider = services.BuildServiceProvider();
        var scanner = provider.GetRequiredService<PackageScanner>();
        Assert.Contains(scanner.Checks, c => c.Id == "obfuscated-exec");
        Assert.Single(scanner.Checks, c => c.Id == "always");
        Assert.Equal(scanner.Checks.Count, scanner.Checks.Select(c => c.Id).Distinct().Count());
        var report = await scanner.ScanAsync(new MemoryStream(Packages.Sdist(("setup.py", ""))), "demo-pkg-1.0.tar.gz");
        Assert.Contains(report.Findings, f => f.CheckId == "always");
    }

    [Fact]
    public void Invalid_options_fail_at_resolution()
    {
        using var provider = new ServiceCollection().AddPackageScanning(o => o.ThreatThreshold = -1).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => { _ = provider.GetRequiredService<IOptions<ScanOptions>>().Value; });
    }

    private sealed class AlwaysCheck : IPackageCheck
    {
        public string Id => "always";

        public string Description => "Always reports.";

        public Severity Severity => Severity.Low;

        public Confidence Confidence => Confidence.Low;

        public IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken) =>
            [new Finding(Id, Severity.Low, Confidence.Low, "Always.", package.FileName)];
    }
}
