using Bonded.Scanning;
using LocalIndex.Storage;

namespace LocalIndex.Scanning;

/// <summary>A scan's verdict (<c>benign</c>, <c>indeterminate</c>, <c>threat</c>) with the report moderators read.</summary>
internal sealed record ScanOutcome(string Verdict, string Confidence, string ReportJson)
{
    public const string Benign = "benign";
    public const string Indeterminate = "indeterminate";
    public const string Threat = "threat";
}

/// <summary>Scans an upload before it is published.</summary>
internal interface IUploadScanner
{
    Task<ScanOutcome> ScanAsync(string path, string filename, string normalizedProject, string sha256, CancellationToken cancellationToken);
}

/// <summary>
/// Bonded.Scanning's <see cref="PackageScanner"/> on the staged file. A moderator's allowlist entries (project, check,
/// content hash) kept in the registry database clear the findings they cover.
/// </summary>
internal sealed class PackageUploadScanner(PackageScanner scanner, IRegistryStore store) : IUploadScanner
{
    public async Task<ScanOutcome> ScanAsync(string path, string filename, string normalizedProject, string sha256, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
        var report = await scanner.ScanAsync(stream, filename, new ScanContext { ProjectName = normalizedProject }, cancellationToken);
        var verdict = report.Verdict switch
        {
            Verdict.Threat => ScanOutcome.Threat,
            Verdict.Indeterminate => ScanOutcome.Indeterminate,
            _ => ScanOutcome.Benign,
        };
        if (verdict != ScanOutcome.Benign)
        {
            var allowlist = await store.GetAllowlistAsync(cancellationToken);
            var covered = report.Findings.All(f => allowlist.Any(a =>
                a.Project == normalizedProject
                && (a.CheckId is null || a.CheckId == f.CheckId)
                && (a.Sha256 is null || a.Sha256 == sha256)));
            if (covered)
            {
                verdict = ScanOutcome.Benign;
            }
        }

        return new ScanOutcome(verdict, report.Confidence.ToString().ToLowerInvariant(), report.ToJson());
    }
}
