namespace Bonded.Scanning.Tests.Verdicts;

public sealed class VerdictTests
{
    private const string Malicious = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n";

    [Fact]
    public async Task Weak_signals_alone_stay_benign_and_strong_ones_are_threats()
    {
        var weak = await Packages.ScanSdistAsync(("setup.py", "import subprocess\nsubprocess.call(['git', 'describe'])\n"));
        var strong = await Packages.ScanSdistAsync(("setup.py", Malicious));
        Assert.Equal(Verdict.Benign, weak.Verdict);
        Assert.True(weak.Has("install-time-execution"));
        Assert.Equal(Verdict.Threat, strong.Verdict);
        Assert.Equal(Confidence.High, strong.Confidence);
    }

    [Fact]
    public async Task Weights_scale_or_mute_a_check()
    {
        var options = new ScanOptions();
        options.Weights["obfuscated-exec"] = 0;
        var muted = await Packages.ScanAsync(Packages.Sdist(("setup.py", Malicious)), options: options);
        Assert.Equal(Verdict.Benign, muted.Verdict);
        Assert.True(muted.Has("obfuscated-exec"));

        var boosted = new ScanOptions();
        boosted.Weights["install-time-execution"] = 10;
        var report = await Packages.ScanAsync(Packages.Sdist(("setup.py", "import subprocess\nsubprocess.call(['git', 'describe'])\n")), options: boosted);
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Fact]
    public async Task Allowlist_suppresses_by_project_check_or_content_hash()
    {
        var archive = Packages.Sdist(("setup.py", Malicious));
        var first = await Packages.ScanAsync(archive);
        var hash = first.Findings.First(f => f.CheckId == "obfuscated-exec").FileSha256;
        Assert.NotNull(hash);

        foreach (var entry in new[] { new AllowlistEntry("Demo_Pkg", "obfuscated-exec", null), new AllowlistEntry(null, null, hash, "reviewed"), new AllowlistEntry(null, null, first.Sha256) })
        {
            var options = new ScanOptions();
            options.Allowlist.Add(entry);
            var report = await Packages.ScanAsync(archive, options: options);
            Assert.DoesNotContain(report.Findings, f => f.CheckId == "obfuscated-exec");
            Assert.Contains(report.Suppressed, f => f.CheckId == "obfuscated-exec");
        }

        var other = new ScanOptions();
        other.Allowlist.Add(new AllowlistEntry("another-project", "obfuscated-exec", null));
        Assert.Equal(Verdict.Threat, (await Packages.ScanAsync(archive, options: other)).Verdict);
        Assert.Throws<ArgumentException>(() => new AllowlistEntry(null, null, null));
    }

    [Fact]
    public void Invalid_options_are_all_reported()
    {
        var options = new ScanOptions { IndeterminateThreshold = 2, ThreatThreshold = 1 };
        options.Limits.MaxEntries = 0;
        options.Weights["x"] = double.NaN;
        var errors = options.Validate();
        Assert.Equal(3, errors.Count);
        Assert.Throws<ArgumentException>(() => new PackageScanner(options));
    }
}
