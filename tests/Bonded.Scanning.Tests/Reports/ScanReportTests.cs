using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Reports;

public sealed class ScanReportTests
{
    private static ScanReport Sample(string path, string evidence, int? line, Verdict verdict) =>
        new(path, verdict, Confidence.Medium,
        [
            new Finding("obfuscated-exec", Severity.Critical, Confidence.High, "Runs decoded code.", evidence, "pkg-1.0/setup.py", line) { FileSha256 = new string('a', 64) },
            new Finding("empty-metadata", Severity.Low, Confidence.Low, "No summary.", "Name: x"),
        ])
        {
            Score = 2.1,
            Sha256 = new string('b', 64),
            Kind = PackageKind.Sdist,
            ProjectName = "pkg",
            Version = "1.0",
            FileCount = 3,
        };

    [Fact]
    public void Json_has_the_cli_contract_fields()
    {
        using var document = JsonDocument.Parse(Sample("dist/pkg-1.0.tar.gz", "exec(x)", 4, Verdict.Threat).ToJson());
        var root = document.RootElement;
        Assert.Equal("dist/pkg-1.0.tar.gz", root.GetProperty("path").GetString());
        Assert.Equal("threat", root.GetProperty("verdict").GetString());
        Assert.Equal("medium", root.GetProperty("confidence").GetString());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("obfuscated-exec", finding.GetProperty("check").GetString());
        Assert.Equal("pkg-1.0/setup.py", finding.GetProperty("file").GetString());
        Assert.Equal(4, finding.GetProperty("line").GetInt32());
        Assert.Equal("exec(x)", finding.GetProperty("evidence").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("findings")[1].GetProperty("line").ValueKind);
    }

    [Property(MaxTest = 300)]
    public Property Json_round_trips(NonNull<string> path, NonNull<string> evidence, int line, bool hasLine, byte verdict)
    {
        var report = Sample(path.Get, evidence.Get, hasLine ? line : null, (Verdict)(verdict % 3));
        var parsed = ScanReport.Parse(report.ToJson());
        var same = parsed.FileName == report.FileName && parsed.Verdict == report.Verdict && parsed.Confidence == report.Confidence &&
            parsed.Findings.SequenceEqual(report.Findings) && parsed.Score == report.Score && parsed.Sha256 == report.Sha256 && parsed.ToJson() == report.ToJson();
        return same.ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property Parse_rejects_junk_with_its_documented_exception_only(string? json)
    {
        try
        {
            ScanReport.Parse(json ?? "");
            return true.ToProperty();
        }
        catch (ScanReportFormatException)
        {
            return (!ScanReport.TryParse(json, out _)).ToProperty();
        }
    }

    [Fact]
    public void Parse_rejects_unknown_verdicts()
    {
        Assert.Throws<ScanReportFormatException>(() => ScanReport.Parse("{\"path\":\"x\",\"verdict\":\"evil\",\"confidence\":\"low\",\"findings\":[]}"));
        Assert.False(ScanReport.TryParse("[]", out _));
    }

    [Fact]
    public void Sarif_is_2_1_0_with_rules_results_and_locations()
    {
        var sarif = Sample("pkg-1.0.tar.gz", "exec(x)", 4, Verdict.Threat).ToSarif();
        using var document = JsonDocument.Parse(sarif);
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        Assert.Equal("Bonded.Scanning", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["empty-metadata", "obfuscated-exec"], rules);
        var result = run.GetProperty("results")[0];
        Assert.Equal("obfuscated-exec", result.GetProperty("ruleId").GetString());
        Assert.Equal(1, result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("pkg-1.0.tar.gz/pkg-1.0/setup.py", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(4, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("threat", run.GetProperty("properties").GetProperty("verdict").GetString());
    }

    [Property(MaxTest = 200)]
    public Property Sarif_is_always_valid_json(NonNull<string> path, NonNull<string> evidence)
    {
        using var document = JsonDocument.Parse(ScanReport.ToSarif([Sample(path.Get, evidence.Get, 1, Verdict.Benign), Sample("b", "c", null, Verdict.Indeterminate)]));
        return (document.RootElement.GetProperty("runs").GetArrayLength() == 2).ToProperty();
    }
}
