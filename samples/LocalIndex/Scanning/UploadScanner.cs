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
    Task<ScanOutcome> ScanAsync(string path, string filename, string normalizedProject, CancellationToken cancellationToken);
}

/// <summary>Interim scanner until Bonded.Scanning is merged: everything is benign, the report says so.</summary>
internal sealed class InterimUploadScanner : IUploadScanner
{
    public Task<ScanOutcome> ScanAsync(string path, string filename, string normalizedProject, CancellationToken cancellationToken)
        => Task.FromResult(new ScanOutcome(ScanOutcome.Benign, "low", """{"verdict":"benign","findings":[],"note":"scanner not configured"}"""));
}
