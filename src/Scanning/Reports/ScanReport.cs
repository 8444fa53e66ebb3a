using System.Diagnostics.CodeAnalysis;
using Bonded.Scanning.Reports;

namespace Bonded.Scanning;

/// <summary>The result of scanning one distribution: verdict, confidence, score and every finding with its evidence.</summary>
public sealed class ScanReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="fileName">The scanned file's name or path.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="confidence">How sure the verdict is.</param>
    /// <param name="findings">The findings that count towards the verdict.</param>
    public ScanReport(string fileName, Verdict verdict, Confidence confidence, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(findings);
        FileName = fileName;
        Verdict = verdict;
        Confidence = confidence;
        Findings = findings;
    }

    /// <summary>The scanned file's name or path, as given to the scanner.</summary>
    public string FileName { get; }

    /// <summary>The verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>How sure the verdict is.</summary>
    public Confidence Confidence { get; }

    /// <summary>The findings that count towards the verdict, gravest first.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Findings that matched the allowlist: listed for the record, not counted.</summary>
    public IReadOnlyList<Finding> Suppressed { get; init; } = [];

    /// <summary>The sum of the heaviest weight of each check.</summary>
    public double Score { get; init; }

    /// <summary>The SHA-256 (lower-case hex) of the scanned file, when it was read.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The distribution kind.</summary>
    public PackageKind Kind { get; init; }

    /// <summary>The project name from the metadata, when present.</summary>
    public string? ProjectName { get; init; }

    /// <summary>The version from the metadata, when present.</summary>
    public string? Version { get; init; }

    /// <summary>How many files the archive held.</summary>
    public int FileCount { get; init; }

    /// <summary>How long the scan took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Whether a moderator should look (the verdict is not benign).</summary>
    public bool IsFlagged => Verdict != Verdict.Benign;

    /// <summary>The report as one line of JSON (<c>path</c>, <c>verdict</c>, <c>confidence</c>, <c>score</c>, <c>findings</c>, ...).</summary>
    /// <returns>Compact JSON.</returns>
    public string ToJson() => ReportJson.Write(this);

    /// <summary>The report as a SARIF 2.1.0 log with one run.</summary>
    /// <returns>SARIF JSON.</returns>
    public string ToSarif() => SarifWriter.Write([this]);

    /// <summary>Several reports as one SARIF 2.1.0 log, one run per report.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>SARIF JSON.</returns>
    public static string ToSarif(IEnumerable<ScanReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return SarifWriter.Write(reports.ToList());
    }

    /// <summary>Reads a report written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ScanReportFormatException">The text is not a report.</exception>
    public static ScanReport Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReportJson.Read(json, out var error) ?? throw new ScanReportFormatException(error!);
    }

    /// <summary>Reads a report written by <see cref="ToJson"/>, without throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="report">The report, when the text is one.</param>
    /// <returns>Whether the text was a report.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out ScanReport? report)
    {
        report = json is null ? null : ReportJson.Read(json, out _);
        return report is not null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{FileName}: {Verdict.ToString().ToLowerInvariant()} ({Confidence.ToString().ToLowerInvariant()}), {Findings.Count} finding(s)";
}

/// <summary>Thrown by <see cref="ScanReport.Parse"/> when the text is not a scan report.</summary>
public sealed class ScanReportFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ScanReportFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the text.</param>
    public ScanReportFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong with the text.</param>
    /// <param name="innerException">The cause.</param>
    public ScanReportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
