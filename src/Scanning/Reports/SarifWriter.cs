using System.Text;
using System.Text.Json;

namespace Bonded.Scanning.Reports;

/// <summary>Writes scan reports as SARIF 2.1.0 (one run per scanned distribution).</summary>
internal static class SarifWriter
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Write(IReadOnlyList<ScanReport> reports)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ReportJson.WriterOptions with { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", Schema);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            foreach (var report in reports)
            {
                WriteRun(writer, report);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRun(Utf8JsonWriter writer, ScanReport report)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "Bonded.Scanning");
        writer.WriteString("informationUri", "https://github.com/bonded-dev/bonded/blob/main/docs/scanning.md");
        writer.WriteString("version", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.1.0");
        writer.WriteStartArray("rules");
        var rules = report.Findings.Concat(report.Suppressed).Select(f => f.CheckId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", Checks.CheckCatalog.Describe(rule));
            writer.WriteEndObject();
            writer.WriteString("helpUri", "https://github.com/bonded-dev/bonded/blob/main/docs/scanning.md#" + rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("artifacts");
        writer.WriteStartObject();
        writer.WriteStartObject("location");
        writer.WriteString("uri", ToUri(report.FileName));
        writer.WriteEndObject();
        if (report.Sha256 is not null)
        {
            writer.WriteStartObject("hashes");
            writer.WriteString("sha-256", report.Sha256);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            WriteResult(writer, report, finding, suppressed: false, rules);
        }

        foreach (var finding in report.Suppressed)
        {
            WriteResult(writer, report, finding, suppressed: true, rules);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        writer.WriteString("verdict", ReportJson.Name(report.Verdict));
        writer.WriteString("confidence", ReportJson.Name(report.Confidence));
        writer.WriteNumber("score", report.Score);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, ScanReport report, Finding finding, bool suppressed, List<string> rules)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.CheckId);
        writer.WriteNumber("ruleIndex", rules.IndexOf(finding.CheckId));
        writer.WriteString("level", finding.Severity switch
        {
            Severity.Info => "note",
            Severity.Low => "note",
            Severity.Medium => "warning",
            _ => "error",
        });
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", ToUri(finding.File is null ? report.FileName : report.FileName + "/" + finding.File));
        writer.WriteEndObject();
        if (finding.Line is { } line && line > 0)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", line);
            writer.WriteStartObject("snippet");
            writer.WriteString("text", finding.Evidence);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (suppressed)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", "external");
            writer.WriteString("justification", "allowlisted");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartObject("properties");
        writer.WriteString("severity", ReportJson.Name(finding.Severity));
        writer.WriteString("confidence", ReportJson.Name(finding.Confidence));
        writer.WriteString("evidence", finding.Evidence);
        if (finding.FileSha256 is not null)
        {
            writer.WriteString("sha256", finding.FileSha256);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>A relative URI reference for a path (SARIF artifact locations are URIs).</summary>
    private static string ToUri(string path)
    {
        var builder = new StringBuilder(path.Length);
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (builder.Length > 0)
            {
                builder.Append('/');
            }

            builder.Append(Uri.EscapeDataString(segment));
        }

        return builder.ToString();
    }
}
