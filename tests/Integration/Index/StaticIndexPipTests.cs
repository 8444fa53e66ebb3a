using System.Text.Json;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Index;

/// <summary>Real pip (the machine's, 23.x) installs from a static index that <c>bonded index build</c> wrote, over file://.</summary>
public sealed class StaticIndexPipTests
{
    [Fact]
    public async Task Pip_installs_the_newest_fitting_unyanked_version_and_resolves_with_the_metadata_files()
    {
        using var temp = new TempDirectory("bonded-index-pip");
        var dists = Directory.CreateDirectory(temp.Combine("dists")).FullName;
        TestDistributions.WriteWheel(dists, "bonded-demo", "1.0", ">=3.7");
        TestDistributions.WriteSdist(dists, "bonded-demo", "1.0", ">=3.7");
        TestDistributions.WriteWheel(dists, "bonded-demo", "2.0", ">=3.7", "bonded-dep>=1.0");
        TestDistributions.WriteSdist(dists, "bonded-demo", "2.0", ">=3.7");
        var yanked = TestDistributions.WriteWheel(dists, "bonded-demo", "3.0", ">=3.7");
        await File.WriteAllTextAsync(yanked + ".yanked", "broken release");
        TestDistributions.WriteWheel(dists, "bonded-demo", "4.0", ">=3.99");
        TestDistributions.WriteWheel(dists, "bonded-dep", "1.5");
        var output = temp.Combine("index");

        var build = await BondedTool.RunAsync("index", "build", "--dists", dists, "--out", output);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(output, "simple", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "simple", "bonded-demo", "index.v1_json")));
        Assert.True(File.Exists(Path.Combine(output, "files", "bonded_demo-2.0-py3-none-any.whl.metadata")));

        var target = temp.Combine("site");
        var pip = await ProcessRunner.RunAsync(
            "python3",
            ["-m", "pip", "install", "-v", "--no-cache-dir", "--disable-pip-version-check", "--no-input",
             "--index-url", new Uri(Path.Combine(output, "simple") + "/").AbsoluteUri, "--target", target, "bonded-demo"],
            environment: new Dictionary<string, string> { ["PIP_CONFIG_FILE"] = "/dev/null" },
            timeout: TimeSpan.FromMinutes(3));
        Assert.True(pip.ExitCode == 0, pip.ToString());

        // Newest version whose Requires-Python fits (4.0 needs 3.99) and that is not yanked (3.0).
        Assert.True(Directory.Exists(Path.Combine(target, "bonded_demo-2.0.dist-info")), pip.ToString());
        Assert.True(Directory.Exists(Path.Combine(target, "bonded_dep-1.5.dist-info")), pip.ToString());

        // PEP 658: the resolver read the .metadata file instead of the wheel.
        Assert.Contains("Obtaining dependency information for bonded-demo from", pip.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("bonded_demo-2.0-py3-none-any.whl.metadata", pip.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("bonded_dep-1.5-py3-none-any.whl.metadata", pip.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pip_installs_a_yanked_version_only_when_pinned_exactly()
    {
        using var temp = new TempDirectory("bonded-index-yank");
        var dists = Directory.CreateDirectory(temp.Combine("dists")).FullName;
        TestDistributions.WriteWheel(dists, "bonded-yank", "1.0");
        var yanked = TestDistributions.WriteWheel(dists, "bonded-yank", "2.0");
        await File.WriteAllTextAsync(yanked + ".yanked", "do not use");
        var output = temp.Combine("index");
        Assert.Equal(0, (await BondedTool.RunAsync("index", "build", "--dists", dists, "--out", output)).ExitCode);

        var indexUrl = new Uri(Path.Combine(output, "simple") + "/").AbsoluteUri;
        var pinned = await ProcessRunner.RunAsync(
            "python3",
            ["-m", "pip", "install", "--no-cache-dir", "--disable-pip-version-check", "--index-url", indexUrl, "--target", temp.Combine("pinned"), "bonded-yank==2.0"],
            environment: new Dictionary<string, string> { ["PIP_CONFIG_FILE"] = "/dev/null" });
        Assert.True(pinned.ExitCode == 0, pinned.ToString());
        Assert.Contains("do not use", pinned.StandardError + pinned.StandardOutput, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(temp.Combine("pinned"), "bonded_yank-2.0.dist-info")));
    }

    [Fact]
    public async Task Rebuilding_after_one_change_rewrites_only_the_pages_that_changed_and_reports_bad_files()
    {
        using var temp = new TempDirectory("bonded-index-incremental");
        var dists = Directory.CreateDirectory(temp.Combine("dists")).FullName;
        TestDistributions.WriteWheel(dists, "alpha", "1.0");
        TestDistributions.WriteWheel(dists, "beta", "1.0");
        TestDistributions.WriteSdist(dists, "gamma", "1.0");
        var output = temp.Combine("index");

        var first = await BondedTool.RunAsync("index", "build", "--dists", dists, "--out", output, "--format", "json");
        Assert.True(first.ExitCode == 0, first.ToString());
        using (var report = JsonDocument.Parse(first.StandardOutput))
        {
            Assert.Equal(3, report.RootElement.GetProperty("projects").GetInt32());
            Assert.Equal(8, report.RootElement.GetProperty("pagesWritten").GetInt32());
        }

        var alphaPage = Path.Combine(output, "simple", "alpha", "index.html");
        var gammaPage = Path.Combine(output, "simple", "gamma", "index.html");
        var alphaWritten = File.GetLastWriteTimeUtc(alphaPage);
        var gammaBytes = await File.ReadAllBytesAsync(gammaPage);

        // Add one file to beta, add a corrupt wheel and a stray file: only beta's two pages change.
        TestDistributions.WriteWheel(dists, "beta", "2.0");
        await File.WriteAllBytesAsync(Path.Combine(dists, "broken-1.0-py3-none-any.whl"), [0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
        await File.WriteAllTextAsync(Path.Combine(dists, "notes.txt"), "not a distribution");
        var second = await BondedTool.RunAsync("index", "build", "--dists", dists, "--out", output, "--format", "json");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("broken-1.0-py3-none-any.whl", second.StandardError, StringComparison.Ordinal);
        Assert.Contains("notes.txt", second.StandardError, StringComparison.Ordinal);
        using (var report = JsonDocument.Parse(second.StandardOutput))
        {
            Assert.Equal(2, report.RootElement.GetProperty("pagesWritten").GetInt32());
            Assert.Equal(2, report.RootElement.GetProperty("problems").GetArrayLength());
        }

        Assert.Equal(alphaWritten, File.GetLastWriteTimeUtc(alphaPage));
        Assert.Contains("beta-2.0", await File.ReadAllTextAsync(Path.Combine(output, "simple", "beta", "index.html")), StringComparison.Ordinal);

        // Remove gamma: its pages go, the root changes, the other projects stay.
        File.Delete(Path.Combine(dists, "gamma-1.0.tar.gz"));
        var third = await BondedTool.RunAsync("index", "build", "--dists", dists, "--out", output, "--format", "json");
        using (var report = JsonDocument.Parse(third.StandardOutput))
        {
            Assert.Equal(2, report.RootElement.GetProperty("pagesWritten").GetInt32());
            Assert.Equal(2, report.RootElement.GetProperty("pagesRemoved").GetInt32());
        }

        Assert.False(File.Exists(gammaPage));
        Assert.NotEmpty(gammaBytes);
        Assert.DoesNotContain("gamma", await File.ReadAllTextAsync(Path.Combine(output, "simple", "index.html")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "files", "gamma-1.0.tar.gz")));
    }

    [Fact]
    public async Task Missing_dists_folder_is_an_error()
    {
        using var temp = new TempDirectory("bonded-index-missing");
        var result = await BondedTool.RunAsync("index", "build", "--dists", temp.Combine("nope"), "--out", temp.Combine("out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.StandardError, StringComparison.Ordinal);
    }
}
