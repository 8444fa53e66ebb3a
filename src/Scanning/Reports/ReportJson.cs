using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bonded.Scanning.Reports;

/// <summary>Writes and reads the JSON form of a <see cref="ScanReport"/>.</summary>
internal static class ReportJson
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Name(Verdict verdict) => verdict switch { Verdict.Benign => "benign", Verdict.Indeterminate => "indeterminate", _ => "threat" };

    public static string Name(Confidence confidence) => confidence switch { Confidence.Low => "low", Confidence.Medium => "medium", _ => "high" };

    public static string Name(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        _ => "critical",
    };

    public static string Name(PackageKind kind) => kind switch { PackageKind.Wheel => "wheel", PackageKind.Sdist => "sdist", _ => "unknown" };

    public static string Write(ScanReport report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("path", report.FileName);
            writer.WriteString("verdict", Name(report.Verdict));
            writer.WriteString("confidence", Name(report.Confidence));
            writer.WriteNumber("score", report.Score);
            writer.WriteString("kind", Name(report.Kind));
            WriteOptional(writer, "project", report.ProjectName);
            WriteOptional(writer, "version", report.Version);
            WriteOptional(writer, "sha256", report.Sha256);
            writer.WriteNumber("files", report.FileCount);
            writer.WriteNumber("elapsedMs", Math.Round(report.Elapsed.TotalMilliseconds, 3));
            WriteFindings(writer, "findings", report.Findings);
            WriteFindings(writer, "suppressed", report.Suppressed);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFindings(Utf8JsonWriter writer, string name, IReadOnlyList<Finding> findings)
    {
        writer.WriteStartArray(name);
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("check", finding.CheckId);
            writer.WriteString("severity", Name(finding.Severity));
            writer.WriteString("confidence", Name(finding.Confidence));
            if (finding.File is null)
            {
                writer.WriteNull("file");
            }
            else
            {
                writer.WriteString("file", finding.File);
            }

            if (finding.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }
            else
            {
                writer.WriteNull("line");
            }

            writer.WriteString("message", finding.Message);
            writer.WriteString("evidence", finding.Evidence);
            WriteOptional(writer, "sha256", finding.FileSha256);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static ScanReport? Read(string json, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "A scan report is a JSON object.";
                return null;
            }

            var path = RequiredString(root, "path");
            var verdict = ParseEnum<Verdict>(RequiredString(root, "verdict"));
            var confidence = ParseEnum<Confidence>(RequiredString(root, "confidence"));
            var findings = ReadFindings(root, "findings", required: true);
            error = null;
            return new ScanReport(path, verdict, confidence, findings)
            {
                Suppressed = ReadFindings(root, "suppressed", required: false),
                Score = root.TryGetProperty("score", out var score) ? score.GetDouble() : 0,
                Kind = root.TryGetProperty("kind", out var kind) ? ParseEnum<PackageKind>(kind.GetString() ?? "") : PackageKind.Unknown,
                ProjectName = OptionalString(root, "project"),
                Version = OptionalString(root, "version"),
                Sha256 = OptionalString(root, "sha256"),
                FileCount = root.TryGetProperty("files", out var files) ? files.GetInt32() : 0,
                Elapsed = root.TryGetProperty("elapsedMs", out var elapsed) ? TimeSpan.FromMilliseconds(elapsed.GetDouble()) : TimeSpan.Zero,
            };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
        {
            error = "Not a scan report: " + ex.Message;
            return null;
        }
    }

    private static List<Finding> ReadFindings(JsonElement root, string name, bool required)
    {
        var list = new List<Finding>();
        if (!root.TryGetProperty(name, out var array))
        {
            return required ? throw new FormatException($"'{name}' is missing.") : list;
        }

        foreach (var item in array.EnumerateArray())
        {
            int? line = item.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : null;
            list.Add(new Finding(
                RequiredString(item, "check"),
                ParseEnum<Severity>(RequiredString(item, "severity")),
                ParseEnum<Confidence>(RequiredString(item, "confidence")),
                RequiredString(item, "message"),
                RequiredString(item, "evidence"),
                OptionalString(item, "file"),
                line)
            {
                FileSha256 = OptionalString(item, "sha256"),
            });
        }

        return list;
    }

    private static string RequiredString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"'{name}' is missing or not a string.");

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static T ParseEnum<T>(string value)
        where T : struct, Enum =>
        value.Length > 0 && char.IsAsciiLetterLower(value[0]) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{value}' is not a valid {typeof(T).Name}."));
}
